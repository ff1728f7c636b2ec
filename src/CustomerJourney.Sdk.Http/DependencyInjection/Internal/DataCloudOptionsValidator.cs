using CustomerJourney.Sources.DataCloud;
using Microsoft.Extensions.Options;

namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>Checks the data annotations of <see cref="DataCloudOptions"/> (source-generated, trim-safe).</summary>
[OptionsValidator]
internal sealed partial class DataCloudOptionsValidator : IValidateOptions<DataCloudOptions>;
