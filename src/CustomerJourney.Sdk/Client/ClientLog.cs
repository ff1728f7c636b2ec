using Microsoft.Extensions.Logging;

namespace CustomerJourney.Client;

/// <summary>The journey client's log messages. Keys are masked; comments and exception messages are never logged.</summary>
internal static partial class ClientLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Source {SourceName} not asked: {Reason}")]
    public static partial void SourceNotSupported(ILogger logger, string sourceName, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Source {SourceName} failed after {ElapsedMs} ms with {ErrorType}")]
    public static partial void SourceFailed(ILogger logger, string sourceName, long elapsedMs, string errorType);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Source {SourceName} timed out after {ElapsedMs} ms")]
    public static partial void SourceTimedOut(ILogger logger, string sourceName, long elapsedMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Journey of {MaskedKey} read in {ElapsedMs} ms: {InteractionCount} interactions, {FailedSources} of {SourceCount} sources not ok")]
    public static partial void LookupCompleted(ILogger logger, string maskedKey, long elapsedMs, int interactionCount, int failedSources, int sourceCount);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "A lookup without an access context hid {HiddenCount} interactions that belong to divisions; pass the agent's AccessContext, or AccessContext.Unrestricted to show every division")]
    public static partial void DivisionsHiddenByDefault(ILogger logger, int hiddenCount);
}
