using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Client;

/// <summary>
/// Checks one source's records as they join the journey: drops what cannot be shown (no id,
/// outside the period) and repairs what can (no source name, an end before the start), then
/// reports each kind with a warning that counts records and names no personal data. It runs
/// inside the merge, so each record is read once on its way into the journey.
/// </summary>
internal struct SourceAnswerCheck
{
    private readonly string _sourceName;
    private readonly PeriodRange _period;
    private int _withoutId;
    private int _outside;
    private int _endBeforeStart;
    private int _noJourney;

    public SourceAnswerCheck(string sourceName, PeriodRange period)
    {
        _sourceName = sourceName;
        _period = period;
    }

    /// <summary>The record as it joins the journey, or <see langword="null"/> when it is left out.</summary>
    public Interaction? Admit(Interaction? interaction)
    {
        if (interaction is null || string.IsNullOrWhiteSpace(interaction.Id))
        {
            _withoutId++;
            return null;
        }

        if (!_period.Contains(interaction.Start))
        {
            _outside++;
            return null;
        }

        if (!JourneyChannels.CarriesJourney(interaction))
        {
            _noJourney++;
            return null;
        }

        // A source may relay other systems' records (a store fed by the host): their origin is kept.
        Interaction admitted = string.IsNullOrWhiteSpace(interaction.Source) ? interaction with { Source = _sourceName } : interaction;
        if (admitted.End < admitted.Start)
        {
            _endBeforeStart++;
            admitted = admitted with { End = null };
        }

        return admitted;
    }

    /// <summary>Adds a warning for each kind of record left out or repaired.</summary>
    public readonly void AddWarnings(List<string> warnings)
    {
        Warn(warnings, _withoutId, "without an id were left out");
        Warn(warnings, _outside, "outside the requested period were left out");
        Warn(warnings, _endBeforeStart, "ending before they started were kept without an end");
        Warn(warnings, _noJourney, "on channels that carry no journey (knowledge centre, co-browse, Instagram, agentless e-mail) were left out");
    }

    /// <summary>Adds a warning counting records, when there are any.</summary>
    public static void Warn(List<string> warnings, int count, string what)
    {
        if (count > 0)
        {
            warnings.Add($"{count} interaction{(count == 1 ? string.Empty : "s")} {what}.");
        }
    }
}
