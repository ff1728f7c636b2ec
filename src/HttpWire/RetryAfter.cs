using System.Diagnostics;
using System.Net.Http.Headers;

namespace CustomerJourney.Sources.Http;

/// <summary>The wait a response asks for (<c>Retry-After</c>, seconds or an HTTP date), and the lookup's deadline it must fit in.</summary>
internal static class RetryAfter
{
    /// <summary>The wait the response asks for; <see langword="null"/> when it asks for none.</summary>
    public static TimeSpan? Of(HttpResponseMessage response)
    {
        RetryConditionHeaderValue? header = response.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>A deadline <paramref name="budget"/> from now, as a <see cref="Stopwatch"/> timestamp.</summary>
    public static long DeadlineIn(TimeSpan budget) =>
        Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);

    /// <summary>What is left before a deadline (zero when past).</summary>
    public static TimeSpan Left(long deadline)
    {
        long now = Stopwatch.GetTimestamp();
        return now >= deadline ? TimeSpan.Zero : Stopwatch.GetElapsedTime(now, deadline);
    }
}
