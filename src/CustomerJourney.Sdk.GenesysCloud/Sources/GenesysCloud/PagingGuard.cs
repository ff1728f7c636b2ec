namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>Stops a cursor loop that repeats a cursor or runs past the page limit, with a clear failure.</summary>
internal sealed class PagingGuard(int maxPages)
{
    private readonly HashSet<string> _cursors = new(StringComparer.Ordinal);

    /// <summary>The pages started so far.</summary>
    public int Pages { get; private set; }

    /// <summary>Counts a page about to be read.</summary>
    public void NextPage()
    {
        if (++Pages > maxPages)
        {
            throw new JourneySourceException(GenesysCloudSource.SourceName, $"GenesysCloud had more than {maxPages} pages; reading stopped at the limit (MaxPages).");
        }
    }

    /// <summary>The next page's address, or <see langword="null"/> on the last page; throws when the address was seen before.</summary>
    public string? Next(string? nextUri)
    {
        if (string.IsNullOrWhiteSpace(nextUri))
        {
            return null;
        }

        return _cursors.Add(nextUri)
            ? nextUri
            : throw new JourneySourceException(GenesysCloudSource.SourceName, $"GenesysCloud repeated a page cursor after {Pages} pages; reading stopped instead of looping.");
    }
}
