using System.Collections;
using CustomerJourney.Model;

namespace CustomerJourney.Sources;

/// <summary>
/// Interactions a source read, with warnings about records it had to leave out (an unreadable
/// date, a missing id). A source may return this from <see cref="IJourneySource.GetInteractionsAsync"/>
/// instead of a plain list; the warnings then appear on its <c>SourceStatus</c>.
/// </summary>
public sealed class SourceInteractions : IReadOnlyList<Interaction>
{
    private readonly IReadOnlyList<Interaction> _interactions;

    /// <summary>Creates the answer.</summary>
    /// <param name="interactions">The interactions read.</param>
    /// <param name="warnings">What was left out and why, free of personal data.</param>
    public SourceInteractions(IReadOnlyList<Interaction> interactions, IReadOnlyList<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        ArgumentNullException.ThrowIfNull(warnings);
        _interactions = interactions;
        Warnings = warnings;
    }

    /// <summary>What the source left out and why, free of personal data.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <inheritdoc/>
    public int Count => _interactions.Count;

    /// <inheritdoc/>
    public Interaction this[int index] => _interactions[index];

    /// <inheritdoc/>
    public IEnumerator<Interaction> GetEnumerator() => _interactions.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
