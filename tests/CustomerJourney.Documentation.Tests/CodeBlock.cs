namespace CustomerJourney.Documentation;

/// <summary>A C# block of the documentation, as a program: the block, and the blocks it continues.</summary>
/// <param name="File">The markdown file, relative to the repository.</param>
/// <param name="Number">The block's number in the file, from 1.</param>
/// <param name="Code">The program.</param>
public sealed record CodeBlock(string File, int Number, string Code)
{
    /// <summary>Marks a block that continues the one before it in the same file (one program, shown in two parts).</summary>
    public const string ContinuesMarker = "<!-- continues the block above -->";

    /// <summary>Every C# block of a markdown text, a continued block folded into the one it continues.</summary>
    public static IReadOnlyList<CodeBlock> Read(string file, string markdown)
    {
        var blocks = new List<CodeBlock>();
        string[] lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            int end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
            string code = string.Join('\n', lines[(i + 1)..end]);
            bool continues = i > 0 && lines[..i].Reverse().SkipWhile(string.IsNullOrWhiteSpace).FirstOrDefault()?.Trim() == ContinuesMarker;
            if (continues && blocks.Count > 0)
            {
                blocks[^1] = blocks[^1] with { Code = blocks[^1].Code + "\n" + code };
            }
            else
            {
                blocks.Add(new CodeBlock(file, blocks.Count + 1, code));
            }

            i = end;
        }

        return blocks;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{File} #{Number}";
}
