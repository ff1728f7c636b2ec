using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CustomerJourney.AspNetCore.Endpoints;

/// <summary>How the endpoints' own JSON is written: the SDK's conventions (camelCase words, letters of every script as they are).</summary>
internal static class JsonText
{
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>"NotSupported" → "notSupported", "WebMessaging" → "webMessaging": an enum value as the JSON form writes it.</summary>
    public static string Word<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
    }
}
