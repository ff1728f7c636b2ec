using System.Text.Json.Serialization.Metadata;
using CustomerJourney.Model;
using Microsoft.Extensions.Logging;

namespace CustomerJourney.Sources.Http;

/// <summary>
/// The page loop both HTTP sources share: follow the next-page token until there is none, guard
/// against repeated tokens and endless listings, map each record and count, by kind, those it
/// cannot read; treat 404 on the first page as an unknown customer (an empty journey).
/// </summary>
internal static class PagedInteractionReader
{
    public static async Task<IReadOnlyList<Interaction>> ReadAsync<TPage, TRecord>(
        JsonPageReader reader,
        string sourceName,
        HttpSourceOptions options,
        LookupKey key,
        string firstPage,
        string urlTemplate,
        Func<string, string> nextPage,
        JsonTypeInfo<TPage> pageType,
        Func<TPage, IEnumerable<WireRecord<TRecord>>?> records,
        Func<TPage, string?> nextToken,
        Func<TRecord?, RecordProblems, Interaction?> map,
        string startField,
        ILogger logger,
        CancellationToken cancellationToken)
        where TPage : class
        where TRecord : class
    {
        long deadline = RetryAfter.DeadlineIn(options.Timeout);
        string maskedKey = key.ToString();
        var interactions = new List<Interaction>();
        var problems = new RecordProblems(startField);
        var guard = new PagingGuard(sourceName, options.MaxPages);
        string? token = null;
        do
        {
            guard.NextPage();
            HttpSourceLog.ReadingPage(logger, sourceName, guard.Pages, maskedKey);
            TPage? page = await reader.GetAsync(token is null ? firstPage : nextPage(token), urlTemplate, pageType, guard.Pages, deadline, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                if (guard.Pages == 1)
                {
                    HttpSourceLog.NotFound(logger, sourceName, maskedKey);
                    return [];
                }

                throw new JourneySourceException(sourceName, $"{sourceName} lost the listing at page {guard.Pages} (HTTP 404).");
            }

            foreach (WireRecord<TRecord> record in records(page) ?? [])
            {
                if (record.Unreadable)
                {
                    problems.Unreadable();
                }
                else if (map(record.Value, problems) is { } interaction)
                {
                    interactions.Add(interaction);
                }
            }

            token = nextToken(page);
        }
        while (guard.HasNext(token));

        HttpSourceLog.Read(logger, sourceName, interactions.Count, guard.Pages, maskedKey);
        IReadOnlyList<string> warnings = problems.Warnings();
        return warnings.Count == 0 ? interactions : new SourceInteractions(interactions, warnings);
    }
}
