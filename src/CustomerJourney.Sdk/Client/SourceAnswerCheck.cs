using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Client;

/// <summary>
/// Checks a source's answer before it joins the journey: drops what cannot be shown (no id,
/// outside the period) and repairs what can (no source name, an end before the start), each with
/// a warning that counts records and names no personal data. Duplicates are left to the merge.
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
        int withoutId = 0, outside = 0, endBeforeStart = 0;
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
            if (checkedInteraction.End < checkedInteraction.Start)
            {
                endBeforeStart++;
                checkedInteraction = checkedInteraction with { End = null };
            }

            kept.Add(checkedInteraction);
        }

        Warn(warnings, withoutId, "without an id were left out");
        Warn(warnings, outside, "outside the requested period were left out");
        Warn(warnings, endBeforeStart, "ending before they started were kept without an end");
        return kept;
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
