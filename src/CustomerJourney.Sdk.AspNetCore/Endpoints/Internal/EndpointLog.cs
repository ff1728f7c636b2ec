using Microsoft.Extensions.Logging;

namespace CustomerJourney.AspNetCore.Endpoints;

/// <summary>What the endpoints log: never a handle, a phone number, an e-mail address or a recording's address in clear (keys are masked).</summary>
internal static partial class EndpointLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Journey lookup opened for {MaskedKey}: {InteractionCount} interactions, {SourcesNotOk} sources not ok")]
    public static partial void LookupOpened(ILogger logger, string maskedKey, int interactionCount, int sourcesNotOk);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "A journey lookup handle was used by a user other than the one who opened it; refused")]
    public static partial void ForeignHandle(ILogger logger);

    // The exception's type only: its message may quote the address, which may carry a credential.
    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "A recording could not be resolved: the recording resolver failed with {ExceptionType}")]
    public static partial void RecordingResolverFailed(ILogger logger, string exceptionType);
}
