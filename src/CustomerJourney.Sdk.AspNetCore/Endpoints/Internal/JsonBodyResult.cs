using System.Text.Json;
using CustomerJourney.Client;
using CustomerJourney.Json;
using Microsoft.AspNetCore.Http;

namespace CustomerJourney.AspNetCore.Endpoints;

/// <summary>A JSON answer written straight to the response (no intermediate string), never stored by a browser or proxy: it holds the customer's data.</summary>
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
        new(StatusCodes.Status200OK, (response, cancellationToken) => JourneyJson.WriteAsync(response.Body, journey, options with { Indented = false }, cancellationToken));

    /// <summary>A small document of the endpoints' own, written by hand around the SDK's interaction form.</summary>
    public static JsonBodyResult Written(Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK) =>
        new(status, async (response, cancellationToken) =>
        {
            var writer = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { Encoder = JsonText.Encoder });
            await using (writer.ConfigureAwait(false))
            {
                write(writer);
            }

            await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
        });

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        HttpResponse response = httpContext.Response;
        response.StatusCode = StatusCode ?? StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-store";
        return _write(response, httpContext.RequestAborted);
    }
}
