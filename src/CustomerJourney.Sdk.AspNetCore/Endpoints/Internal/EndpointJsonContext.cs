using System.Text.Json.Serialization;

namespace CustomerJourney.AspNetCore.Endpoints;

/// <summary>The endpoints' own small shapes, source-generated (the journey itself goes through the SDK's <c>JourneyJson</c>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, AllowTrailingCommas = false, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(OpenLookupRequest))]
[JsonSerializable(typeof(LookupOpened))]
internal sealed partial class EndpointJsonContext : JsonSerializerContext;
