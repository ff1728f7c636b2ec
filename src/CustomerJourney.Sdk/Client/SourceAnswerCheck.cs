using System.Runtime.CompilerServices;
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
    private readonly long _from;
    private readonly long _to;
    private int _withoutId;
    private int _outside;
    private int _endBeforeStart;
    private int _noJourney;

    public SourceAnswerCheck(string sourceName, PeriodRange period)
    {
        _sourceName = sourceName;
        _from = period.From.UtcTicks;
        _to = period.To.UtcTicks;
    }

    /// <summary>The record as it joins the journey, or <see langword="null"/> when it is left out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Interaction? Admit(Interaction? interaction)
    {
        // The usual record (an id, a source, inside the period, an end after its start) takes the
        // short path, inlined into the merge's loop; the rest is counted and repaired out of line.
        if (interaction is not null && StartsVisibly(interaction.Id) && StartsVisibly(interaction.Source))
        {
            long start = interaction.Start.UtcTicks;
            if (start >= _from && start < _to && JourneyChannels.CarriesJourney(interaction)
                && (interaction.End is not { } end || end.UtcTicks >= start))
            {
                return interaction;
            }
        }

        return AdmitUnusual(interaction);
    }

    // Not blank, tested on the first character: printable ASCII at once, other characters by the full rule.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsVisibly(string? text) =>
        text is { Length: > 0 } && (unchecked((uint)(text[0] - '!')) <= '~' - '!' || !char.IsWhiteSpace(text[0]));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Interaction? AdmitUnusual(Interaction? interaction)
    {
        if (interaction is null || string.IsNullOrWhiteSpace(interaction.Id))
        {
            _withoutId++;
            return null;
        }

        long start = interaction.Start.UtcTicks;
        if (start < _from || start >= _to)
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
