using System.Buffers.Text;
using System.Security.Cryptography;

namespace CustomerJourney.AspNetCore.Lookups;

/// <summary>An opaque lookup handle: 128 random bits, URL-safe; it says nothing about whom it looks up.</summary>
internal static class LookupHandle
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Whether text can be a handle at all (22 URL-safe characters), so junk never reaches the cache.</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: 22 } && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
