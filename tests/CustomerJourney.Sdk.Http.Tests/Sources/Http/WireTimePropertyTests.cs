using System.Globalization;
using CsCheck;

namespace CustomerJourney.Sources.Http;

/// <summary>
/// Wire times are read by a fast path for the plain ISO-8601 form and by the general parser for the
/// rest: on any text, the two together must read exactly what the documented formats read.
/// </summary>
public class WireTimePropertyTests
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm'Z'",
    ];

    private static DateTimeOffset? Reference(string text) =>
        DateTimeOffset.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset instant) ? instant : null;

    private static Gen<string> Pick(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    // Near the plain form: each field drawn from valid values and the edges just past them.
    private static readonly Gen<string> s_nearlyIso =
        Gen.Select(
            Pick("2026", "0001", "9999", "1999", "2024", "20x6"),
            Pick("01", "02", "12", "13", "00", "1"),
            Pick("01", "28", "29", "30", "31", "32", "00"),
            Pick("T09:15", "T00:00", "T23:59", "T24:00", "T9:15", " 09:15", "T09:60"),
            Pick("", ":00", ":59", ":60", ":5", ":00.1", ":00.123", ":00.1234567", ":00.12345678", ":00.", ".5"),
            Pick("Z", "+01:00", "-03:00", "+14:00", "-14:00", "+14:30", "+13:59", "+01:60", "+0100", "z", "", "+01:00Z", " Z"))
        .Select((y, m, d, time, seconds, offset) => $"{y}-{m}-{d}{time}{seconds}{offset}");

    [Fact]
    public void WireTime_ReadsExactlyWhatTheDocumentedFormatsRead_NearThePlainForm() =>
        s_nearlyIso.Sample(text => Assert.Equal(Reference(text), WireTime.Parse(text)), iter: 20_000);

    [Fact]
    public void WireTime_ReadsExactlyWhatTheDocumentedFormatsRead_OnAnyText() =>
        Gen.String[Gen.Char["0123456789-:T.Z+ z"], 0, 40].Sample(text => Assert.Equal(Reference(text), WireTime.Parse(text)), iter: 20_000);

    [Fact]
    public void WireTime_KeepsTheOffsetAndEveryTick()
    {
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 9, 15, 0, TimeSpan.FromHours(-3)).AddTicks(1_234_567), WireTime.Parse("2026-10-01T09:15:00.1234567-03:00"));
        Assert.Equal(TimeSpan.FromHours(-3), WireTime.Parse("2026-10-01T09:15:00.1234567-03:00")!.Value.Offset);
    }
}
