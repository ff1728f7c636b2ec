using Microsoft.Extensions.Options;

namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>Checks the data annotations of <see cref="CustomerJourneyOptions"/> (source-generated, trim-safe).</summary>
[OptionsValidator]
internal sealed partial class CustomerJourneyOptionsValidator : IValidateOptions<CustomerJourneyOptions>;
