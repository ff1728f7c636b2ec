using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerJourney.Client;

namespace CustomerJourney.Json;

/// <summary>
/// What a <see cref="JourneyResult"/> serialized by reflection (a host's <c>JsonSerializer.Serialize(result)</c>,
/// a logger that dumps objects) gets: a clear error instead of every member, phone numbers in clear
/// included. The documented form, with only what the agent may see, is <see cref="JourneyJson"/>'s.
/// </summary>
internal sealed class NotSerializedByReflectionConverter : JsonConverter<JourneyResult>
{
    public override JourneyResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A journey is written as JSON, never read back: look it up again.");

    public override void Write(Utf8JsonWriter writer, JourneyResult value, JsonSerializerOptions options) =>
        throw new NotSupportedException("A JourneyResult is written with CustomerJourney.Json.JourneyJson (Serialize, WriteAsync, TypeInfo or TypeInfoResolver): its documented form, with only what the agent may see.");
}
