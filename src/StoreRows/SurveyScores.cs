using System.Buffers.Binary;
using CustomerJourney.Analytics;
using CustomerJourney.Model;

namespace CustomerJourney.Stores.Rows;

/// <summary>
/// An interaction's survey answers as the analytics read them (kind and 0–100 score), packed into
/// the <c>survey_scores</c> column of the analytics index: nine bytes an answer (the kind, then the
/// score as a little-endian double), so the report never parses the details document.
/// </summary>
internal static class SurveyScores
{
    private const int Size = 9;

    /// <summary>The packed scores, or <see langword="null"/> when the interaction has no answers.</summary>
    public static byte[]? Write(IReadOnlyList<SurveyResponse>? surveys)
    {
        if (surveys is not { Count: > 0 })
        {
            return null;
        }

        var bytes = new byte[surveys.Count * Size];
        for (int i = 0; i < surveys.Count; i++)
        {
            bytes[i * Size] = (byte)surveys[i].Kind;
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan((i * Size) + 1), surveys[i].NormalizedScore);
        }

        return bytes;
    }

    /// <summary>Refills <paramref name="scores"/> with the scores packed in a column; a kind this SDK does not know reads as Unknown, a torn tail is left out.</summary>
    public static SurveyScoreList Read(ReadOnlySpan<byte> bytes, SurveyScoreList scores)
    {
        scores.Clear();
        for (int at = 0; at + Size <= bytes.Length; at += Size)
        {
            ReadOnlySpan<byte> answer = bytes.Slice(at, Size);
            var kind = (SurveyKind)answer[0];
            scores.Add(new SurveyScore(Enum.IsDefined(kind) ? kind : SurveyKind.Unknown, BinaryPrimitives.ReadDoubleLittleEndian(answer[1..])));
        }

        return scores;
    }
}
