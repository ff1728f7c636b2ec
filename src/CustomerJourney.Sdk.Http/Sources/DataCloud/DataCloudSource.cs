using System.Globalization;
using CustomerJourney.Model;
using CustomerJourney.Sources.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomerJourney.Sources.DataCloud;

/// <summary>
/// The Data Cloud, the organisation's customer data platform, over its HTTP API v1. It records
/// every channel in both directions with start and end times, so it is the source that can serve
/// inbound calls (R3); it looks up by phone number or e-mail address and knows campaign listings.
/// </summary>
public sealed class DataCloudSource : IJourneySource
{
    /// <summary>The source's name, and the name of its <see cref="HttpClient"/> in <c>IHttpClientFactory</c>.</summary>
    public const string SourceName = "DataCloud";

    private readonly DataCloudOptions _options;
    private readonly JsonPageReader _reader;
    private readonly ILogger _logger;

    /// <summary>Creates the source over an <see cref="HttpClient"/> whose lifetime the caller manages.</summary>
    /// <param name="httpClient">The client; its handler should not follow redirects (credentials stay with the base address).</param>
    /// <param name="options">Base address, API key and limits.</param>
    /// <param name="logger">Where to log; <see langword="null"/> for nowhere.</param>
    public DataCloudSource(HttpClient httpClient, DataCloudOptions options, ILogger<DataCloudSource>? logger = null)
        : this(() => httpClient, options, logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
    }

    internal DataCloudSource(Func<HttpClient> httpClient, DataCloudOptions options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BaseAddress is null || string.IsNullOrEmpty(options.ApiKey))
        {
            throw new ArgumentException("The Data Cloud source needs a BaseAddress and an ApiKey.", nameof(options));
        }

        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _reader = new JsonPageReader(
            SourceName,
            httpClient,
            headers => headers.Add("x-api-key", options.ApiKey),
            HttpSourceAddress.Normalize(options.BaseAddress),
            options,
            _logger);
    }

    /// <inheritdoc/>
    public string Name => SourceName;

    /// <inheritdoc/>
    public SourceCapabilities Capabilities =>
        SourceCapabilities.PhoneLookup | SourceCapabilities.EmailLookup | SourceCapabilities.InboundCalls | SourceCapabilities.CampaignListings;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Key.IsEmpty)
        {
            return [];
        }

        string path = $"v1/profiles/interactions?{KeyParameter(query.Key)}&start={WireTime.Query(query.From)}&end={WireTime.Query(query.To)}&limit={_options.PageSize.ToString(CultureInfo.InvariantCulture)}";
        return await PagedInteractionReader.ReadAsync(
            _reader,
            SourceName,
            _options,
            query.Key,
            path,
            "v1/profiles/interactions",
            cursor => $"{path}&cursor={Uri.EscapeDataString(cursor)}",
            DataCloudJsonContext.Default.DataCloudPage,
            page => page.Items,
            page => page.Cursor?.Next,
            Map,
            "start time",
            _logger,
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Campaign>> GetListedCampaignsAsync(LookupKey key, CancellationToken cancellationToken)
    {
        // The API lists campaigns by phone number only.
        if (key.Kind != LookupKeyKind.Phone)
        {
            return [];
        }

        DataCloudListings? listings = await _reader.GetAsync(
            $"v1/profiles/campaigns?{KeyParameter(key)}",
            "v1/profiles/campaigns",
            DataCloudJsonContext.Default.DataCloudListings,
            1,
            RetryAfter.DeadlineIn(_options.Timeout),
            cancellationToken).ConfigureAwait(false);
        return [.. (listings?.Items ?? []).Select(c => ToCampaign(c.Value)).OfType<Campaign>()];
    }

    private static string KeyParameter(LookupKey key) =>
        (key.Kind == LookupKeyKind.Email ? "email=" : "phone=") + Uri.EscapeDataString(key.Value);

    private static Interaction? Map(DataCloudInteraction? item, RecordProblems problems)
    {
        if (item is null || string.IsNullOrWhiteSpace(item.Id))
        {
            problems.WithoutIdOrStart();
            return null;
        }

        if (problems.Start(item.CallStartTime) is not { } start)
        {
            return null;
        }

        ContactMode mode = InteractionVocabulary.ParseMode(item.ContactMode);
        Channel channel = InteractionVocabulary.ParseChannel(item.ChannelType);
        return new Interaction
        {
            Source = SourceName,
            Id = item.Id,
            Start = start,
            // An unreadable end costs the end, not the interaction: it is shown without one, with a warning.
            End = problems.End(item.CallEndTime),
            Channel = channel == Channel.Unknown && item.ChannelType is null ? InteractionVocabulary.ChannelOf(mode) : channel,
            Mode = mode,
            Direction = InteractionVocabulary.ParseDirection(item.ChannelDirection),
            Campaign = ToCampaign(item.Campaign),
            Outcome = item.Outcome is { Length: > 0 } outcome ? new Outcome(outcome, outcome, InteractionVocabulary.ParseOutcomeKind(item.OutcomeType)) : null,
            PhoneNumber = item.PhoneNumber,
            AgentName = item.AgentName,
            AgentComments = item.AgentComments,
        };
    }

    private static Campaign? ToCampaign(DataCloudCampaign? campaign) =>
        campaign is { Id: { Length: > 0 } id } ? new Campaign(id, campaign.Name ?? id) : null;
}
