using Microsoft.Extensions.Options;

namespace CustomerJourney.Sqlite.DependencyInjection;

/// <summary>Checks the data annotations of <see cref="SqliteJourneyStoreOptions"/> (source-generated, trim-safe).</summary>
[OptionsValidator]
internal sealed partial class SqliteJourneyStoreOptionsValidator : IValidateOptions<SqliteJourneyStoreOptions>;
