using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Client;

/// <summary>
/// Checks a source's answer before it joins the journey: drops what cannot be shown (no id,
/// outside the period, a duplicate source and id) and repairs what can (no source name, an end
/// before the start), each with a warning that counts records and names no personal data.
/// </summary>
internal static class SourceAnswerCheck
{
    public static IReadOnlyList<Interaction> Check(string sourceName, IReadOnlyList<Interaction?>? answer, PeriodRange period, List<string> warnings)
    {
        if (answer is null || answer.Count == 0)
        {
            return [];
        }

        var kept = new List<Interaction>(answer.Count);
        var seen = new HashSet<(string Source, string Id)>();
        int withoutId = 0, outside = 0, duplicates = 0, endBeforeStart = 0;
        foreach (Interaction? interaction in answer)
        {
            if (interaction is null || string.IsNullOrWhiteSpace(interaction.Id))
            {
                withoutId++;
                continue;
            }

            if (!period.Contains(interaction.Start))
            {
                outside++;
                continue;
            }

            // A source may relay other systems' records (a store fed by the host): their origin is kept.
            Interaction checkedInteraction = string.IsNullOrWhiteSpace(interaction.Source) ? interaction with { Source = sourceName } : interaction;
            if (!seen.Add((checkedInteraction.Source, checkedInteraction.Id)))
            {
                duplicates++;
                continue;
            }

            if (checkedInteraction.End < checkedInteraction.Start)
            {
                endBeforeStart++;
                checkedInteraction = checkedInteraction with { End = null };
            }

            kept.Add(checkedInteraction);
        }

        Warn(warnings, withoutId, "without an id were left out");
        Warn(warnings, outside, "outside the requested period were left out");
        Warn(warnings, duplicates, "repeating an id already seen were left out");
        Warn(warnings, endBeforeStart, "ending before they started were kept without an end");
        return kept;
    }

    private static void Warn(List<string> warnings, int count, string what)
    {
        if (count > 0)
        {
            warnings.Add($"{count} interaction{(count == 1 ? string.Empty : "s")} {what}.");
        }
    }
}
