using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SQLitePCL;

namespace CustomerJourney.Sqlite.Analytics;

/// <summary>
/// Steps a statement and reads its columns through SQLite's own functions, called directly: function
/// pointers into the e_sqlite3 library the provider loaded, the column reads without a GC transition
/// (they only read the current row). SQLitePCL's raw API marshals a safe handle on every call, which
/// at millions of rows costs a third of the scan (docs/benchmarks.md, "Journey report"). When the
/// provider is not e_sqlite3 (a host that set another one), the raw API is used instead: same results.
/// </summary>
internal sealed unsafe class StatementColumns
{
    private static readonly Native? s_native = Native.TryLoad();

    private readonly sqlite3_stmt _statement;
    private readonly IntPtr _handle;

    public StatementColumns(sqlite3_stmt statement)
    {
        _statement = statement;
        _handle = statement.DangerousGetHandle();
    }

    /// <summary>Whether the calls go straight to the library (for tests).</summary>
    public static bool IsDirect => s_native is not null;

    /// <summary>Steps to the next row: SQLITE_ROW, SQLITE_DONE or an error code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Step() => s_native is { } native ? native.Step(_handle) : raw.sqlite3_step(_statement);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Int64(int column) => s_native is { } native ? native.Int64(_handle, column) : raw.sqlite3_column_int64(_statement, column);

    /// <summary>The column's bytes (text as UTF-8), valid until the next step; empty for NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Bytes(int column)
    {
        if (s_native is not { } native)
        {
            return raw.sqlite3_column_blob(_statement, column);
        }

        byte* bytes = native.Blob(_handle, column);
        return bytes is null ? default : new ReadOnlySpan<byte>(bytes, native.Length(_handle, column));
    }

    public bool IsNull(int column) => (s_native is { } native ? native.Type(_handle, column) : raw.sqlite3_column_type(_statement, column)) == raw.SQLITE_NULL;

    private sealed class Native
    {
        public delegate* unmanaged<IntPtr, int> Step;
        public delegate* unmanaged[SuppressGCTransition]<IntPtr, int, long> Int64;
        public delegate* unmanaged[SuppressGCTransition]<IntPtr, int, byte*> Blob;
        public delegate* unmanaged[SuppressGCTransition]<IntPtr, int, int> Length;
        public delegate* unmanaged[SuppressGCTransition]<IntPtr, int, int> Type;

        public static Native? TryLoad()
        {
            try
            {
                return raw.GetNativeLibraryName() == "e_sqlite3" ? Load() : null;
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or FileNotFoundException or TypeLoadException)
            {
                return null;
            }
        }

        // The same library the provider's P/Invokes resolved (same name, probed from the provider's own assembly).
        private static Native? Load()
        {
            if (!NativeLibrary.TryLoad("e_sqlite3", typeof(SQLite3Provider_e_sqlite3).Assembly, null, out IntPtr library))
            {
                return null;
            }

            return new Native
            {
                Step = (delegate* unmanaged<IntPtr, int>)NativeLibrary.GetExport(library, "sqlite3_step"),
                Int64 = (delegate* unmanaged[SuppressGCTransition]<IntPtr, int, long>)NativeLibrary.GetExport(library, "sqlite3_column_int64"),
                Blob = (delegate* unmanaged[SuppressGCTransition]<IntPtr, int, byte*>)NativeLibrary.GetExport(library, "sqlite3_column_blob"),
                Length = (delegate* unmanaged[SuppressGCTransition]<IntPtr, int, int>)NativeLibrary.GetExport(library, "sqlite3_column_bytes"),
                Type = (delegate* unmanaged[SuppressGCTransition]<IntPtr, int, int>)NativeLibrary.GetExport(library, "sqlite3_column_type"),
            };
        }
    }
}
