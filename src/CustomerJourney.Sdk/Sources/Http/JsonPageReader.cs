using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace CustomerJourney.Sources.Http;

/// <summary>
/// Reads one JSON document of a source's API: sends the GET with the source's credentials,
/// maps the status codes of the contracts (404 → absent, 401/403 → refused, never retried; the
/// resilience pipeline has already retried transient ones), refuses bodies over the size limit
/// and turns malformed JSON into a clear source failure. Messages never carry the URL, the key
/// or the body.
/// </summary>
internal sealed class JsonPageReader(string sourceName, Func<HttpClient> httpClient, Action<HttpRequestHeaders> authorize, Uri baseAddress, int maxResponseBytes, ILogger logger)
{
    /// <summary>Reads a document; <see langword="null"/> when the API answers 404.</summary>
    public async Task<T?> GetAsync<T>(string relativeUrl, JsonTypeInfo<T> typeInfo, int page, CancellationToken cancellationToken)
        where T : class
    {
        var address = new Uri(baseAddress, relativeUrl);
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        // Credentials go to the configured base address only; redirects are not followed.
        if (HttpSourceAddress.IsUnder(address, baseAddress))
        {
            authorize(request.Headers);
        }

        HttpResponseMessage response;
        try
        {
            response = await httpClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new TimeoutException($"{sourceName} did not answer in time.", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new JourneySourceException(sourceName, $"{sourceName} could not be reached ({exception.HttpRequestError}).", exception);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                HttpSourceLog.Refused(logger, sourceName, (int)response.StatusCode, page);
                throw new JourneySourceException(sourceName, Describe(response.StatusCode));
            }

            byte[] body = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            try
            {
                return JsonSerializer.Deserialize(body, typeInfo)
                    ?? throw new JourneySourceException(sourceName, $"{sourceName} sent an empty (null) document.");
            }
            catch (JsonException exception)
            {
                // The JSON exception's message may quote the body; only its position is kept.
                throw new JourneySourceException(sourceName, $"{sourceName} sent malformed JSON (at {exception.Path ?? "$"}, line {exception.LineNumber + 1}).", exception);
            }
        }
    }

    private string Describe(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => $"{sourceName} refused the credentials (HTTP {(int)status}).",
        >= HttpStatusCode.MultipleChoices and < HttpStatusCode.BadRequest => $"{sourceName} answered a redirect (HTTP {(int)status}); redirects are not followed, so credentials stay with the configured address.",
        HttpStatusCode.TooManyRequests => $"{sourceName} is rate limiting (HTTP 429) and retries did not get through.",
        >= HttpStatusCode.InternalServerError => $"{sourceName} failed (HTTP {(int)status}) and retries did not get through.",
        _ => $"{sourceName} answered HTTP {(int)status}.",
    };

    private async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxResponseBytes)
        {
            throw TooLarge();
        }

        Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxResponseBytes)
                {
                    throw TooLarge();
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private JourneySourceException TooLarge() =>
        new(sourceName, $"{sourceName} sent a response larger than the limit of {maxResponseBytes} bytes; it was refused.");
}
