namespace CustomerJourney.Query;

/// <summary>One date of a selection: where its interactions lie in the selection, and whether one failed.</summary>
/// <param name="DayNumber">The local date, as <see cref="DateOnly.DayNumber"/>.</param>
/// <param name="Start">The first position in the selection.</param>
/// <param name="Length">How many interactions the date has.</param>
/// <param name="HasFailure">Whether any of them has a failure outcome.</param>
internal readonly record struct DayRun(int DayNumber, int Start, int Length, bool HasFailure);
