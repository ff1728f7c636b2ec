using CustomerJourney.Sources.CampaignManager;
using Microsoft.Extensions.Options;

namespace CustomerJourney.DependencyInjection.Internal;

/// <summary>Checks the data annotations of <see cref="CampaignManagerOptions"/> (source-generated, trim-safe).</summary>
[OptionsValidator]
internal sealed partial class CampaignManagerOptionsValidator : IValidateOptions<CampaignManagerOptions>;
