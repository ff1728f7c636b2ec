using System.Text.Json.Serialization;

namespace CustomerJourney.Stores.Rows;

/// <summary>Source-generated serialization of <see cref="InteractionDetails"/>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(InteractionDetails))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class InteractionDetailsJson : JsonSerializerContext;
