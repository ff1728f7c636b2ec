using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CustomerJourney.Client;

namespace CustomerJourney.Json;

/// <summary>Resolves <see cref="JourneyResult"/> to its documented form, and nothing else (other types fall through the resolver chain).</summary>
internal sealed class JourneyResultTypeInfoResolver : IJsonTypeInfoResolver
{
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(JourneyResult) ? JsonMetadataServices.CreateValueInfo<JourneyResult>(options, new DocumentConverter()) : null;

    private sealed class DocumentConverter : JsonConverter<JourneyResult>
    {
        public override JourneyResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("A journey is written as JSON, never read back: look it up again.");

        public override void Write(Utf8JsonWriter writer, JourneyResult value, JsonSerializerOptions options) => JourneyJson.Write(writer, value);
    }
}
