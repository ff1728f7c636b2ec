using Microsoft.Extensions.Logging;

namespace CustomerJourney.AspNetCore.Endpoints;

/// <summary>What the endpoints log: never a handle, a phone number or an address in clear (keys are masked).</summary>
internal static partial class EndpointLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Journey lookup opened for {MaskedKey}: {InteractionCount} interactions, {SourcesNotOk} sources not ok")]
    public static partial void LookupOpened(ILogger logger, string maskedKey, int interactionCount, int sourcesNotOk);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "A journey lookup handle was used by a user other than the one who opened it; refused")]
    public static partial void ForeignHandle(ILogger logger);
}
