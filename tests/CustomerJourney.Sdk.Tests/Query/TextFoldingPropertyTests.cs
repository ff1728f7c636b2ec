using CsCheck;
using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;

namespace CustomerJourney.Query;

/// <summary>
/// Free text (R8) over generated hostile text: lone surrogates, controls, bidi and zero-width
/// marks, combining marks, other scripts, in records and in the search. Folding never throws, a
/// bad record costs nothing, and a word planted in a field is found whatever surrounds it.
/// </summary>
public class TextFoldingPropertyTests
{
    private const string Hostile = "aAéÉßøæ ı İ\t\n\u00A0\u0000\u0007\u001B\u200B\u200D\u202E\u2066\uFEFF\u0301\u0308\uD800\uDBFF\uDC00\uDFFF中😀\uE000\uFFFF-.,;:";

    private static readonly Gen<string> s_text = Gen.Char[Hostile].Array[0, 30].Select(c => new string(c));

    [Fact]
    public void R8_HostileTextInRecordsAndSearch_NeverThrows_AndAPlantedWordIsAlwaysFound()
    {
        Gen.Select(s_text.Array[1, 12], s_text, Gen.Int[0, 11]).Sample((texts, search, planted) =>
        {
            int target = planted % texts.Length;
            Interaction[] data =
            [
                .. texts.Select((text, i) => Interactions.At(
                    $"{i}",
                    $"2026-10-{1 + (i % 28):00}T09:00:00Z",
                    campaign: new Campaign($"CMP-{text}", text),
                    agent: text,
                    comments: i == target ? text + " Zqxwv " + text : text)),
            ];

            JourneyResult journey = JourneyResults.Of(data, filter: new JourneyFilter { Text = search });
            _ = journey.Items.Count;
            _ = journey.Facets.NarrowCampaigns(search);
            _ = journey.Facets.NarrowChannels(search);
            JourneyResult all = journey.WithFilter(JourneyFilter.None);
            JourneyResult found = journey.WithFilter(new JourneyFilter { Text = "ZQXWV" });
            return all.Items.Count == texts.Length && found.Items.Any(i => i.Interaction.Id == $"{target}");
        }, iter: 300);
    }
}
