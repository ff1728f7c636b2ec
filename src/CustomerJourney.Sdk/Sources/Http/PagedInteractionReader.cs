using System.Text.Json.Serialization.Metadata;
using CustomerJourney.Model;
using Microsoft.Extensions.Logging;

namespace CustomerJourney.Sources.Http;

/// <summary>
/// The page loop both HTTP sources share: follow the next-page token until there is none, guard
/// against repeated tokens and endless listings, map each record and count those it cannot read,
/// treat 404 on the first page as an unknown customer (an empty journey).
/// </summary>
internal static class PagedInteractionReader
{
    public static async Task<IReadOnlyList<Interaction>> ReadAsync<TPage, TRecord>(
        JsonPageReader reader,
        string sourceName,
        int maxPages,
        LookupKey key,
        string firstPage,
        Func<string, string> nextPage,
        JsonTypeInfo<TPage> pageType,
        Func<TPage, IEnumerable<TRecord?>?> records,
        Func<TPage, string?> nextToken,
        Func<TRecord?, Interaction?> map,
        string unreadable,
        ILogger logger,
        CancellationToken cancellationToken)
        where TPage : class
    {
        string maskedKey = key.ToString();
        var interactions = new List<Interaction>();
        int skipped = 0;
        var guard = new PagingGuard(sourceName, maxPages);
        string? token = null;
        do
        {
            guard.NextPage();
            HttpSourceLog.ReadingPage(logger, sourceName, guard.Pages, maskedKey);
            TPage? page = await reader.GetAsync(token is null ? firstPage : nextPage(token), pageType, guard.Pages, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                if (guard.Pages == 1)
                {
                    HttpSourceLog.NotFound(logger, sourceName, maskedKey);
                    return [];
                }

                throw new JourneySourceException(sourceName, $"{sourceName} lost the listing at page {guard.Pages} (HTTP 404).");
            }

            foreach (TRecord? record in records(page) ?? [])
            {
                if (map(record) is { } interaction)
                {
                    interactions.Add(interaction);
                }
                else
                {
                    skipped++;
                }
            }

            token = nextToken(page);
        }
        while (guard.HasNext(token));

        HttpSourceLog.Read(logger, sourceName, interactions.Count, guard.Pages, maskedKey);
        return skipped == 0
            ? interactions
            : new SourceInteractions(interactions, [$"{skipped} record{(skipped == 1 ? string.Empty : "s")} without an id or a readable {unreadable} were left out."]);
    }
}
