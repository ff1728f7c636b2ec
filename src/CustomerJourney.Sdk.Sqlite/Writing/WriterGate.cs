using System.Collections.Concurrent;

namespace CustomerJourney.Sqlite.Writing;

/// <summary>
/// One writer at a time per database file in this process. SQLite lets one connection write at a
/// time and makes the others poll for the lock, so writers of one process queue here instead
/// (in order, without polling, cancellable) and only another process can make a writer wait on
/// SQLite's lock, for at most the busy timeout. Stores opened on the same file share the gate.
/// </summary>
internal static class WriterGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> s_gates = new(StringComparer.Ordinal);

    /// <summary>The gate of a file, by its full path.</summary>
    public static SemaphoreSlim For(string fullPath) => s_gates.GetOrAdd(fullPath, static _ => new SemaphoreSlim(1, 1));
}
