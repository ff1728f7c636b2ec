namespace CustomerJourney.Sqlite;

/// <summary>Why the journey store could not be used.</summary>
public enum JourneyStoreError
{
    /// <summary>The file does not exist and the options do not allow creating it.</summary>
    NotFound,

    /// <summary>The file is not a SQLite database, or one that is not a journey store.</summary>
    NotAJourneyStore,

    /// <summary>The database is damaged.</summary>
    Corrupt,

    /// <summary>Another connection or process held a lock longer than the busy timeout.</summary>
    Locked,

    /// <summary>The store was written by a newer version of the SDK.</summary>
    NewerSchema,

    /// <summary>The file or its folder cannot be opened or written.</summary>
    CannotOpen,
}
