namespace CustomerJourney.Stores;

/// <summary>Why a journey store could not be used.</summary>
public enum JourneyStoreError
{
    /// <summary>The store (a file, a database) does not exist and the options do not allow creating it.</summary>
    NotFound,

    /// <summary>The file or database is not a journey store (left untouched).</summary>
    NotAJourneyStore,

    /// <summary>The database is damaged.</summary>
    Corrupt,

    /// <summary>Another connection or process held a lock beyond the store's timeout.</summary>
    Locked,

    /// <summary>The store was written by a newer version of the SDK.</summary>
    NewerSchema,

    /// <summary>The file or its folder cannot be opened or written, or the server refused the statement.</summary>
    CannotOpen,

    /// <summary>The database server cannot be reached, is shutting down, or dropped the connection; a later call may succeed.</summary>
    Unavailable,

    /// <summary>The server refused the credentials or the permissions of the configured user.</summary>
    AccessDenied,
}
