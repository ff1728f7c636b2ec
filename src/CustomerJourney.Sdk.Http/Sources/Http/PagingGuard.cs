namespace CustomerJourney.Sources.Http;

/// <summary>Stops a page loop that repeats a token or runs past the page limit, with a clear failure.</summary>
internal sealed class PagingGuard(string sourceName, int maxPages)
{
    private readonly HashSet<string> _tokens = new(StringComparer.Ordinal);

    /// <summary>The number of pages started so far.</summary>
    public int Pages { get; private set; }

    /// <summary>Counts a page about to be read.</summary>
    public void NextPage()
    {
        if (++Pages > maxPages)
        {
            throw new JourneySourceException(sourceName, $"{sourceName} had more than {maxPages} pages; reading stopped at the limit.");
        }
    }

    /// <summary>Whether there is a next page; throws when the token was seen before.</summary>
    public bool HasNext(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        return _tokens.Add(token)
            ? true
            : throw new JourneySourceException(sourceName, $"{sourceName} repeated a page token after {Pages} pages; reading stopped instead of looping.");
    }
}
