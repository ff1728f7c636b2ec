using Microsoft.Extensions.Logging;

namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>The source's log messages: keys masked; ids, tokens, secrets and bodies never logged.</summary>
internal static partial class GenesysLog
{
    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "GenesysCloud: minting an access token")]
    public static partial void MintingToken(ILogger logger);

    [LoggerMessage(EventId = 202, Level = LogLevel.Debug, Message = "GenesysCloud: the token was refused (HTTP 401); minting a new one and asking again once")]
    public static partial void TokenRefused(ILogger logger);

    [LoggerMessage(EventId = 203, Level = LogLevel.Debug, Message = "GenesysCloud: {Template} failed transiently (HTTP {Status}); retry {Retry} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string template, int status, int retry, long delayMs);

    [LoggerMessage(EventId = 204, Level = LogLevel.Warning, Message = "GenesysCloud: {Template} answered HTTP {Status}")]
    public static partial void Refused(ILogger logger, string template, int status);

    [LoggerMessage(EventId = 205, Level = LogLevel.Debug, Message = "GenesysCloud: {MaskedKey} is not a contact (404)")]
    public static partial void NoContact(ILogger logger, string maskedKey);

    [LoggerMessage(EventId = 206, Level = LogLevel.Debug, Message = "GenesysCloud: read {Count} sessions in {Pages} pages for {MaskedKey}")]
    public static partial void Read(ILogger logger, int count, int pages, string maskedKey);
}
