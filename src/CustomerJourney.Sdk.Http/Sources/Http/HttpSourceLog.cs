using Microsoft.Extensions.Logging;

namespace CustomerJourney.Sources.Http;

/// <summary>Log messages of the HTTP sources. Keys are masked; bodies, comments and credentials are never logged.</summary>
internal static partial class HttpSourceLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "{SourceName}: reading page {Page} for {MaskedKey}")]
    public static partial void ReadingPage(ILogger logger, string sourceName, int page, string maskedKey);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "{SourceName}: {MaskedKey} is unknown (404)")]
    public static partial void NotFound(ILogger logger, string sourceName, string maskedKey);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "{SourceName}: HTTP {StatusCode} on page {Page}")]
    public static partial void Refused(ILogger logger, string sourceName, int statusCode, int page);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "{SourceName}: page {Page} failed transiently; retry {Retry} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string sourceName, int page, int retry, long delayMs);

    [LoggerMessage(EventId = 104, Level = LogLevel.Debug, Message = "{SourceName}: read {Count} interactions in {Pages} pages for {MaskedKey}")]
    public static partial void Read(ILogger logger, string sourceName, int count, int pages, string maskedKey);
}
