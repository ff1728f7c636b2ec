using System.Globalization;
using Spectre.Console;

namespace CustomerJourney.Demo.Rendering;

/// <summary>
/// A whole split into parts (episodes resolved, failed and other; self-service contained, handed to
/// an agent and abandoned), with each part's count and share. In colour it is Spectre's breakdown
/// chart; without colour (<c>NO_COLOR</c>, a pipe) each part is drawn with a fill of its own and its
/// legend shows that fill, so the parts stay apart.
/// </summary>
internal sealed class ShareBar(IAnsiConsole console)
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;
    private static readonly string[] s_unicodeFills = ["█", "▒", "░", "▓"];
    private static readonly string[] s_asciiFills = ["#", "=", ".", "+"];

    public void Render(string title, IReadOnlyList<(string Label, int Count, Color Color)> parts)
    {
        int total = parts.Sum(p => p.Count);
        console.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
        if (total == 0)
        {
            console.MarkupLine("[grey]None in this period.[/]");
            console.WriteLine();
            return;
        }

        int width = Math.Min(76, console.Profile.Width - 2);
        if (console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors)
        {
            var chart = new BreakdownChart().Width(width).UseValueFormatter((v, _) => Share(v));
            foreach ((string label, int count, Color color) in parts)
            {
                chart.AddItem($"{label} {count.ToString("N0", s_invariant)}", Percent(count, total), color);
            }

            console.Write(chart);
            console.WriteLine();
            return;
        }

        string[] fills = console.Profile.Capabilities.Unicode ? s_unicodeFills : s_asciiFills;
        var bar = new System.Text.StringBuilder();
        int drawn = 0;
        double cumulative = 0;
        for (int i = 0; i < parts.Count; i++)
        {
            // Each part ends where its cumulative share does, so the rounding never adds up past the width.
            cumulative += parts[i].Count;
            int end = (int)Math.Round(cumulative * width / total);
            bar.Insert(bar.Length, fills[i % fills.Length], end - drawn);
            drawn = end;
        }

        console.WriteLine(bar.ToString());
        console.WriteLine(string.Join("  ", parts.Select((p, i) => $"{fills[i % fills.Length]} {p.Label} {p.Count.ToString("N0", s_invariant)} {Share(Percent(p.Count, total))}")));
        console.WriteLine();
    }

    private static double Percent(int count, int total) => count * 100.0 / total;

    private static string Share(double percent) => (percent / 100).ToString("P1", s_invariant);
}
