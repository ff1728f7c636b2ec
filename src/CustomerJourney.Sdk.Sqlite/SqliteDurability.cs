namespace CustomerJourney.Sqlite;

/// <summary>When the store's writes reach the disk itself (SQLite's <c>synchronous</c> setting, under its write-ahead log).</summary>
public enum SqliteDurability
{
    /// <summary>
    /// Every commit is synced to the disk before it returns: a committed write survives a power
    /// loss. Each write then waits for the disk's sync, so a host that writes one event at a time
    /// writes as many a second as the disk syncs (a few thousand on a fast virtual disk, a few
    /// hundred on a slow one).
    /// </summary>
    Full = 0,

    /// <summary>
    /// Commits are synced when the log is checkpointed, not one by one: a crash of the host loses
    /// nothing committed and the file never corrupts, but a power loss or an operating system crash
    /// may lose the last commits. Writes one at a time no longer wait for the disk: 3× faster on the
    /// benchmarks' virtual disk, more the slower the disk syncs (docs/store.md).
    /// </summary>
    Normal = 1,
}
