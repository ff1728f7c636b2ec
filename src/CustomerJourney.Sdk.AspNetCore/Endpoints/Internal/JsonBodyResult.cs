using System.Buffers;
using System.Text.Json;
using CustomerJourney.Client;
using CustomerJourney.Json;
using Microsoft.AspNetCore.Http;

namespace CustomerJourney.AspNetCore.Endpoints;

/// <summary>A JSON answer written straight to the response (no intermediate string); the endpoints' group marks every answer no-store.</summary>
internal sealed class JsonBodyResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private readonly Func<HttpResponse, CancellationToken, Task> _write;

    private JsonBodyResult(int status, Func<HttpResponse, CancellationToken, Task> write)
    {
        StatusCode = status;
        _write = write;
    }

    public int? StatusCode { get; }

    public string ContentType => "application/json; charset=utf-8";

    /// <summary>A journey in the SDK's JSON form (docs/json.md).</summary>
    public static JsonBodyResult Journey(JourneyResult journey, JourneyJsonOptions options) =>
        Written(writer => JourneyJson.Write(writer, journey, options));

    /// <summary>
    /// A document written synchronously into the response's pipe, then flushed: a journey page is
    /// small, and the serializer's resumable async path costs several times the synchronous one.
    /// </summary>
    public static JsonBodyResult Written(Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK) =>
        new(status, async (response, cancellationToken) =>
        {
            var buffer = new ArrayBufferWriter<byte>(16 * 1024);
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonText.Encoder }))
            {
                write(writer);
            }

            // With its length known, the answer goes out in one piece, not chunked.
            response.ContentLength = buffer.WrittenCount;
            await response.Body.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        });

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        HttpResponse response = httpContext.Response;
        response.StatusCode = StatusCode ?? StatusCodes.Status200OK;
        response.ContentType = ContentType;
        return _write(response, httpContext.RequestAborted);
    }
}
