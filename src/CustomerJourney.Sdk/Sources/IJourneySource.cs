using CustomerJourney.Model;

namespace CustomerJourney.Sources;

/// <summary>
/// A system that knows a customer's earlier interactions. The built-in sources (Campaign Manager,
/// Data Cloud, SQLite, in-memory) and a host's own plug into the journey client through this
/// interface alone.
/// </summary>
/// <remarks>
/// Implementations must honour cancellation, must not throw for data they do not understand
/// (map it to <c>Unknown</c> instead), and should throw <see cref="JourneySourceException"/> with a
/// message free of personal data when the system cannot answer. The client calls the methods
/// concurrently, for different customers, from many threads.
/// </remarks>
public interface IJourneySource
{
    /// <summary>The source's name, unique among the client's sources (e.g. <c>DataCloud</c>).</summary>
    string Name { get; }

    /// <summary>What the source can answer.</summary>
    SourceCapabilities Capabilities { get; }

    /// <summary>
    /// How far back the source can answer, counted from now; <see langword="null"/> (the default)
    /// for no limit. The second vendor keeps 60 days of activity. The client asks the source only
    /// for what it can serve and says so on its status when the period asked reaches further.
    /// </summary>
    TimeSpan? HistoryLimit => null;

    /// <summary>Reads one customer's interactions that started in <see cref="SourceQuery.From"/> (inclusive) to <see cref="SourceQuery.To"/> (exclusive), in any order.</summary>
    /// <param name="query">The customer and the time range.</param>
    /// <param name="cancellationToken">Cancelled when the host gives up or the source's deadline passes.</param>
    /// <returns>The interactions; empty when the source does not know the customer.</returns>
    Task<IReadOnlyList<Interaction>> GetInteractionsAsync(SourceQuery query, CancellationToken cancellationToken);

    /// <summary>Reads the campaigns the customer is listed in (R2). Called only when <see cref="Capabilities"/> has <see cref="SourceCapabilities.CampaignListings"/>.</summary>
    /// <param name="key">The customer.</param>
    /// <param name="cancellationToken">Cancelled when the host gives up or the source's deadline passes.</param>
    /// <returns>The campaigns; empty when the customer is listed in none.</returns>
    Task<IReadOnlyList<Campaign>> GetListedCampaignsAsync(LookupKey key, CancellationToken cancellationToken);
}
