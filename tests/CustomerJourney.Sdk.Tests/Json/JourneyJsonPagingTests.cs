using System.Text.Json;
using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;

namespace CustomerJourney.Json;

/// <summary>The document a timeline pages through, older dates on demand, and one interaction written alone.</summary>
public class JourneyJsonPagingTests
{
    private static readonly JourneyResult s_journey = JourneyResults.Of(
    [
        Interactions.At("a", "2026-11-01T10:00:00Z"),
        Interactions.At("b", "2026-11-03T10:00:00Z"),
        Interactions.At("c", "2026-11-05T10:00:00Z"),
        Interactions.At("d", "2026-11-05T12:00:00Z", Channel.Sms, ContactMode.Sms, outcome: OutcomeKind.Failure),
    ]);

    [Fact]
    public void DayCount_WritesTheLatestDates_AndSaysOlderOnesAreLeft()
    {
        JsonElement root = Parse(new JourneyJsonOptions { DayCount = 2 });

        Assert.Equal(["2026-11-03", "2026-11-05"], Dates(root));
        Assert.True(root.GetProperty("olderDays").GetBoolean());
    }

    [Fact]
    public void DaysBefore_WritesThePageOlderThanTheOldestShown()
    {
        JsonElement root = Parse(new JourneyJsonOptions { DayCount = 2, DaysBefore = new DateOnly(2026, 11, 3) });

        Assert.Equal(["2026-11-01"], Dates(root));
        Assert.False(root.GetProperty("olderDays").GetBoolean());
    }

    [Fact]
    public void DayCountZero_LeavesTheDaysOut_AndWithoutDays_OlderDaysIsAbsent()
    {
        Assert.Empty(Dates(Parse(new JourneyJsonOptions { DayCount = 0 })));
        Assert.False(Parse(new JourneyJsonOptions { DayCount = 0 }).TryGetProperty("olderDays", out _));
        Assert.False(Parse(JourneyJsonOptions.Default).TryGetProperty("olderDays", out _));
    }

    [Fact]
    public void WriteItem_WritesTheSameObjectAsTheDocument()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JourneyJson.WriteItem(writer, s_journey.Items[^1]);
        }

        using JsonDocument alone = JsonDocument.Parse(buffer.WrittenMemory);
        JsonElement inDocument = Parse(JourneyJsonOptions.Default).GetProperty("days").EnumerateArray().Last().GetProperty("interactions").EnumerateArray().Last();
        Assert.Equal(inDocument.GetRawText(), alone.RootElement.GetRawText());
        Assert.True(alone.RootElement.GetProperty("indicator").GetProperty("failureDot").GetBoolean());
    }

    private static JsonElement Parse(JourneyJsonOptions options) =>
        JsonDocument.Parse(JourneyJson.Serialize(s_journey, options with { Indented = false })).RootElement.Clone();

    private static string[] Dates(JsonElement root) => [.. root.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()!)];
}
