using System.Text.Json.Serialization;

namespace CustomerJourney.PostgreSql.Schema;

/// <summary>Source-generated serialization of <see cref="InteractionDetails"/>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(InteractionDetails))]
internal sealed partial class InteractionDetailsJson : JsonSerializerContext;
