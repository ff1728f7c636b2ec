using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerJourney.Model;

namespace CustomerJourney.Json;

/// <summary>
/// A <see cref="LookupKey"/> serialized by reflection (inside a query or a status a host dumps to
/// a log) is written masked, as <see cref="LookupKey.ToString"/> is; it is never read back from JSON.
/// </summary>
internal sealed class MaskedLookupKeyConverter : JsonConverter<LookupKey>
{
    public override LookupKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("A lookup key is not read from JSON: parse the phone number or address with LookupKey.Parse.");

    public override void Write(Utf8JsonWriter writer, LookupKey value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
