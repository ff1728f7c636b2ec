namespace CustomerJourney.Sources.Http;

/// <summary>
/// One record of a page as read from the wire: its value, or unreadable when a field had the wrong
/// type or text that is not valid Unicode. Pages hold these instead of the records themselves, so
/// that one bad record costs that record (a counted warning), not the page.
/// </summary>
/// <typeparam name="T">The record's wire type.</typeparam>
/// <param name="Value">The record; <see langword="null"/> for a JSON <c>null</c> or an unreadable record.</param>
/// <param name="Unreadable">Whether the record could not be read.</param>
internal readonly record struct WireRecord<T>(T? Value, bool Unreadable)
    where T : class;
