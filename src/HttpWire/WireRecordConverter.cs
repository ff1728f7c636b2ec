using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CustomerJourney.Sources.Http;

/// <summary>
/// Reads one record of a page on its own: a record whose fields cannot be read becomes an
/// unreadable <see cref="WireRecord{T}"/> and reading goes on with the next one. Malformed JSON
/// (the syntax itself) still fails the page: after it, nothing can be trusted.
/// </summary>
/// <remarks>
/// The serializer hands a custom converter a whole value, so when reading from a stream only
/// one record is held at a time, never the page. Registered on each source's
/// <see cref="JsonSerializerContext"/>, which also supplies <typeparamref name="T"/>'s metadata.
/// </remarks>
/// <typeparam name="T">The record's wire type.</typeparam>
internal sealed class WireRecordConverter<T> : JsonConverter<WireRecord<T>>
    where T : class
{
    private JsonTypeInfo<T>? _typeInfo;

    /// <inheritdoc/>
    public override WireRecord<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonTypeInfo<T> typeInfo = _typeInfo ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        Utf8JsonReader record = reader;
        try
        {
            T? value = JsonSerializer.Deserialize(ref record, typeInfo);
            // Read whole: the copy ends where the record ends, so the page goes on from there
            // without scanning the record a second time.
            reader = record;
            return new WireRecord<T>(value, Unreadable: false);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            // A mistyped field, or a string with a lone surrogate or invalid UTF-8: the record is
            // skipped from its start. The serializer buffered the whole record before calling us,
            // so this always succeeds; Skip() itself refuses any block but the last of a stream.
            return reader.TrySkip() ? new WireRecord<T>(null, Unreadable: true) : throw new JsonException("A record was not whole when read.");
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, WireRecord<T> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Wire records are only read.");
}
