using System.Globalization;
using System.Text;

namespace CustomerJourney.Query;

/// <summary>
/// Folds text for free search (R8): upper case and no accents, by invariant rules, so matching is
/// case- and accent-insensitive and the same on every machine whatever its culture. Never throws:
/// invalid UTF-16 (a lone surrogate, from a source or a search box) folds to U+FFFD.
/// </summary>
internal static class TextFolding
{
    // Words are matched within one field; this separator never occurs in folded search terms.
    public const char FieldSeparator = '\u001F';

    private static readonly char[] s_termSeparators = [' ', '\t', '\r', '\n', '\u00A0'];

    /// <summary>Folds a text: <c>"Débito Øresund straße"</c> → <c>"DEBITO ORESUND STRASSE"</c>.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (Ascii.IsValid(text))
        {
            return text.ToUpperInvariant();
        }

        // Normalize throws on a lone surrogate; one bad character must not cost the record or the search.
        string decomposed = WellFormed(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
            }

            // Letters that carry their accent in the glyph itself do not decompose.
            switch (c)
            {
                case 'ß': builder.Append("SS"); break;
                case 'æ' or 'Æ': builder.Append("AE"); break;
                case 'œ' or 'Œ': builder.Append("OE"); break;
                case 'ø' or 'Ø': builder.Append('O'); break;
                case 'ł' or 'Ł': builder.Append('L'); break;
                case 'đ' or 'Đ' or 'ð' or 'Ð': builder.Append('D'); break;
                case 'þ' or 'Þ': builder.Append("TH"); break;
                case 'ı': builder.Append('I'); break;
                default: builder.Append(char.ToUpperInvariant(c)); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The text with each lone surrogate replaced by U+FFFD; the text itself when it has none.</summary>
    public static string WellFormed(string text)
    {
        int bad = IndexOfLoneSurrogate(text, 0);
        if (bad < 0)
        {
            return text;
        }

        char[] copy = text.ToCharArray();
        for (; bad >= 0; bad = IndexOfLoneSurrogate(text, bad + 1))
        {
            copy[bad] = '\uFFFD';
        }

        return new string(copy);
    }

    private static int IndexOfLoneSurrogate(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Folds the fields an interaction is searched by into one string, fields kept apart.</summary>
    public static string FoldFields(params ReadOnlySpan<string?> fields)
    {
        var builder = new StringBuilder();
        foreach (string? field in fields)
        {
            if (!string.IsNullOrEmpty(field))
            {
                builder.Append(Fold(field)).Append(FieldSeparator);
            }
        }

        return builder.ToString();
    }

    /// <summary>The folded words of a search text; empty when the text has none.</summary>
    public static string[] Terms(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split(s_termSeparators, StringSplitOptions.RemoveEmptyEntries).Select(Fold).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether every term occurs in the folded text.</summary>
    public static bool ContainsAll(string foldedText, string[] terms)
    {
        foreach (string term in terms)
        {
            if (!foldedText.Contains(term, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
