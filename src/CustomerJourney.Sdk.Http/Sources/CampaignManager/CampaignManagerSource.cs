using System.Globalization;
using CustomerJourney.Model;
using CustomerJourney.Sources.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomerJourney.Sources.CampaignManager;

/// <summary>
/// The Campaign Manager, the outbound-dialling system, over its HTTP API v1. It knows the
/// campaigns a number is listed in and every call or message made for them, but records no
/// inbound traffic: inbound lookups are reported as not supported (R3). Looks up by phone only.
/// </summary>
public sealed class CampaignManagerSource : IJourneySource
{
    /// <summary>The source's name, and the name of its <see cref="HttpClient"/> in <c>IHttpClientFactory</c>.</summary>
    public const string SourceName = "CampaignManager";

    private readonly CampaignManagerOptions _options;
    private readonly JsonPageReader _reader;
    private readonly ILogger _logger;

    /// <summary>Creates the source over an <see cref="HttpClient"/> whose lifetime the caller manages.</summary>
    /// <param name="httpClient">The client; its handler should not follow redirects (credentials stay with the base address).</param>
    /// <param name="options">Base address, token and limits.</param>
    /// <param name="logger">Where to log; <see langword="null"/> for nowhere.</param>
    public CampaignManagerSource(HttpClient httpClient, CampaignManagerOptions options, ILogger<CampaignManagerSource>? logger = null)
        : this(() => httpClient, options, logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
    }

    internal CampaignManagerSource(Func<HttpClient> httpClient, CampaignManagerOptions options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BaseAddress is null || string.IsNullOrEmpty(options.Token))
        {
            throw new ArgumentException("The Campaign Manager source needs a BaseAddress and a Token.", nameof(options));
        }

        _options = options;
        _logger = logger ?? NullLogger.Instance;
        Uri baseAddress = HttpSourceAddress.Normalize(options.BaseAddress);
        _reader = new JsonPageReader(
            SourceName,
            httpClient,
            headers => headers.Authorization = new("Bearer", options.Token),
            baseAddress,
            options,
            _logger);
    }

    /// <inheritdoc/>
    public string Name => SourceName;

    /// <inheritdoc/>
    public SourceCapabilities Capabilities => SourceCapabilities.PhoneLookup | SourceCapabilities.CampaignListings;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Key.Kind != LookupKeyKind.Phone)
        {
            return [];
        }

        string path = $"api/v1/contacts/{Uri.EscapeDataString(query.Key.Value)}/interactions?from={WireTime.Query(query.From)}&to={WireTime.Query(query.To)}&pageSize={_options.PageSize.ToString(CultureInfo.InvariantCulture)}";
        return await PagedInteractionReader.ReadAsync(
            _reader,
            SourceName,
            _options,
            query.Key,
            path,
            "api/v1/contacts/{phone}/interactions",
            token => $"{path}&pageToken={Uri.EscapeDataString(token)}",
            CampaignManagerJsonContext.Default.CampaignManagerPage,
            page => page.Interactions,
            page => page.NextPageToken,
            Map,
            "date/time",
            _logger,
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Campaign>> GetListedCampaignsAsync(LookupKey key, CancellationToken cancellationToken)
    {
        if (key.Kind != LookupKeyKind.Phone)
        {
            return [];
        }

        CampaignManagerListings? listings = await _reader.GetAsync(
            $"api/v1/contacts/{Uri.EscapeDataString(key.Value)}/campaigns",
            "api/v1/contacts/{phone}/campaigns",
            CampaignManagerJsonContext.Default.CampaignManagerListings,
            1,
            RetryAfter.DeadlineIn(_options.Timeout),
            cancellationToken).ConfigureAwait(false);
        return [.. (listings?.Campaigns ?? []).Select(c => ToCampaign(c.Value)).OfType<Campaign>()];
    }

    private static Interaction? Map(CampaignManagerInteraction? item, RecordProblems problems)
    {
        if (item is null || string.IsNullOrWhiteSpace(item.InteractionId))
        {
            problems.WithoutIdOrStart();
            return null;
        }

        if (problems.Start(item.DateTime) is not { } start)
        {
            return null;
        }

        ContactMode mode = InteractionVocabulary.ParseMode(item.Mode);
        return new Interaction
        {
            Source = SourceName,
            Id = item.InteractionId,
            Start = start,
            Channel = InteractionVocabulary.ChannelOf(mode),
            Mode = mode,
            // Every Campaign Manager interaction is outbound, but it records no direction: no arrow (R11).
            Direction = InteractionDirection.Unknown,
            Campaign = ToCampaign(item.Campaign),
            Outcome = item.Outcome is { } outcome && (outcome.Name ?? outcome.Code) is { } name
                ? new Outcome(outcome.Code, name, outcome.Failure == true ? OutcomeKind.Failure : OutcomeKind.Neutral)
                : null,
            PhoneNumber = item.PhoneNumber,
            PreviousScore = item.PreviousScore,
            CurrentScore = item.CurrentScore,
            AgentName = item.AgentName,
            AgentComments = item.AgentComments,
        };
    }

    private static Campaign? ToCampaign(CampaignManagerCampaign? campaign) =>
        campaign is { Id: { Length: > 0 } id } ? new Campaign(id, campaign.Name ?? id) : null;
}
