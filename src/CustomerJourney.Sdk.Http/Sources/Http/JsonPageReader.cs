using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace CustomerJourney.Sources.Http;

/// <summary>
/// Reads one JSON document of a source's API: sends the GET with the source's credentials, maps
/// the status codes of the contracts (404 → absent, 401/403 → refused, never retried), parses
/// the body as it arrives under the size limit, and retries what is transient (429, 5xx, attempt
/// timeouts, a connection refused or lost before the headers or in the middle of the body) with
/// jittered exponential back-off, or after the <c>Retry-After</c> the API asks for when that fits
/// before the lookup's deadline; when it does not, the source fails at once and says when to ask
/// again. Messages never carry the URL, the key or the body; its trace span names the URL's
/// template, never the URL.
/// </summary>
/// <remarks>
/// Retries live here, not in the <see cref="HttpClient"/>'s pipeline: only here is the whole
/// exchange seen, body included, with the lookup's deadline. The pipeline limits concurrency,
/// breaks the circuit and times each attempt.
/// </remarks>
internal sealed class JsonPageReader(string sourceName, Func<HttpClient> httpClient, Action<HttpRequestHeaders> authorize, Uri baseAddress, HttpSourceOptions options, ILogger logger)
{
    /// <summary>Reads a document; <see langword="null"/> when the API answers 404.</summary>
    /// <param name="relativeUrl">The address under the base address.</param>
    /// <param name="urlTemplate">The address with its personal parts as placeholders (<c>api/v1/contacts/{phone}/interactions</c>), for traces.</param>
    /// <param name="typeInfo">The document's type.</param>
    /// <param name="page">The page number, for logs.</param>
    /// <param name="deadline">When the lookup gives up (a <see cref="Stopwatch"/> timestamp); waits that cannot fit before it are not waited out.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<T?> GetAsync<T>(string relativeUrl, string urlTemplate, JsonTypeInfo<T> typeInfo, int page, long deadline, CancellationToken cancellationToken)
        where T : class
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return await ReadOnceAsync(relativeUrl, urlTemplate, typeInfo, page, cancellationToken).ConfigureAwait(false);
            }
            catch (TransientSourceException exception)
            {
                TimeSpan left = RetryAfter.Left(deadline);
                if (exception.RetryAfter is { } wait && wait >= left)
                {
                    // The API asks for a wait the lookup cannot afford: fail now, and say when to ask again.
                    string what = exception.Status == HttpStatusCode.TooManyRequests ? "is rate limited" : "is unavailable";
                    throw new JourneySourceException(
                        sourceName,
                        string.Create(CultureInfo.InvariantCulture, $"{sourceName} {what} (HTTP {(int?)exception.Status}), retry after {Math.Ceiling(wait.TotalSeconds):0} s: longer than the lookup can wait."),
                        exception);
                }

                TimeSpan delay = exception.RetryAfter ?? Backoff(attempt);
                if (attempt >= options.MaxRetries || delay >= left)
                {
                    throw exception.Final;
                }

                HttpSourceLog.Retrying(logger, sourceName, page, attempt + 1, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Exponential, with ±20 % jitter so that many lookups failing together do not retry together.
    private TimeSpan Backoff(int attempt) => options.RetryDelay * Math.Pow(2, attempt) * (0.8 + (0.4 * Random.Shared.NextDouble()));

    private async Task<T?> ReadOnceAsync<T>(string relativeUrl, string urlTemplate, JsonTypeInfo<T> typeInfo, int page, CancellationToken cancellationToken)
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

        // The framework's own span of this request is off (its url.full would carry the phone number
        // of the Campaign Manager's path); this one names the template, and carries the trace context on.
        using Activity? activity = HttpSourceTelemetry.StartRequest(sourceName, address, urlTemplate);
        if (activity is not null)
        {
            DistributedContextPropagator.Current.Inject(activity, request.Headers, static (carrier, name, value) => ((HttpRequestHeaders)carrier!).TryAddWithoutValidation(name, value));
        }

        try
        {
            return await ExchangeAsync(request, typeInfo, page, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (activity is not null && exception is not OperationCanceledException)
        {
            activity.SetTag("error.type", exception.GetType().Name).SetStatus(ActivityStatusCode.Error);
            throw;
        }
    }

    private async Task<T?> ExchangeAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, int page, Activity? activity, CancellationToken cancellationToken)
        where T : class
    {
        HttpResponseMessage response;
        try
        {
            response = await httpClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (Describe(exception) is { } failure)
        {
            throw failure;
        }

        using (response)
        {
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                HttpSourceLog.Refused(logger, sourceName, (int)response.StatusCode, page);
                throw Describe(response);
            }

            if (response.Content.Headers.ContentLength > options.MaxResponseBytes)
            {
                throw TooLarge();
            }

            try
            {
                Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                var bounded = new BoundedReadStream(body, options.MaxResponseBytes, TooLarge);
                await using (bounded.ConfigureAwait(false))
                {
                    // Parsed as it arrives: the body is never held whole (a UTF-8 BOM is skipped).
                    return await JsonSerializer.DeserializeAsync(bounded, typeInfo, cancellationToken).ConfigureAwait(false)
                        ?? throw new JourneySourceException(sourceName, $"{sourceName} sent an empty (null) document.");
                }
            }
            catch (JsonException exception)
            {
                // The JSON exception's message may quote the body; only its position is kept.
                throw new JourneySourceException(sourceName, $"{sourceName} sent malformed JSON (at {exception.Path ?? "$"}, line {exception.LineNumber + 1}).", exception);
            }
            catch (IOException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw ConnectionLost(exception);
            }
        }
    }

    // What a failure to get the response's headers means to the host; null for what is not ours to describe (cancellation).
    private JourneySourceException? Describe(Exception exception) => exception switch
    {
        TimeoutRejectedException => new TransientSourceException(sourceName, $"{sourceName} did not answer in time.", new TimeoutException($"{sourceName} did not answer in time.", exception)),
        BrokenCircuitException broken => new JourneySourceException(
            sourceName,
            broken.RetryAfter is { } retryAfter
                ? string.Create(CultureInfo.InvariantCulture, $"{sourceName} is unavailable: it failed repeatedly, so it is not asked again for {Math.Ceiling(retryAfter.TotalSeconds):0} s (circuit open).")
                : $"{sourceName} is unavailable: it failed repeatedly, so it is not asked for a while (circuit open).",
            exception),
        RateLimiterRejectedException => new JourneySourceException(sourceName, $"{sourceName} is busy: more lookups are waiting for it than its limit allows (MaxConcurrentRequests, MaxQueuedRequests).", exception),
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } or HttpRequestException { InnerException: IOException } => ConnectionLost(exception),
        HttpRequestException request => new TransientSourceException(sourceName, $"{sourceName} could not be reached ({request.HttpRequestError}).", exception),
        _ => null,
    };

    private JourneySourceException Describe(HttpResponseMessage response)
    {
        HttpStatusCode status = response.StatusCode;
        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new JourneySourceException(sourceName, $"{sourceName} refused the credentials (HTTP {(int)status})."),
            >= HttpStatusCode.MultipleChoices and < HttpStatusCode.BadRequest => new JourneySourceException(sourceName, $"{sourceName} answered a redirect (HTTP {(int)status}); redirects are not followed, so credentials stay with the configured address."),
            HttpStatusCode.TooManyRequests => new TransientSourceException(sourceName, $"{sourceName} is rate limiting (HTTP 429) and retries did not get through.")
            {
                Status = status,
                RetryAfter = RetryAfter.Of(response),
            },
            HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError => new TransientSourceException(sourceName, $"{sourceName} failed (HTTP {(int)status}) and retries did not get through.")
            {
                Status = status,
                RetryAfter = status == HttpStatusCode.ServiceUnavailable ? RetryAfter.Of(response) : null,
            },
            _ => new JourneySourceException(sourceName, $"{sourceName} answered HTTP {(int)status}."),
        };
    }

    private TransientSourceException ConnectionLost(Exception exception) =>
        new(sourceName, $"{sourceName} lost the connection (connection lost), and retries did not get through.", exception);

    private JourneySourceException TooLarge() =>
        new(sourceName, $"{sourceName} sent a response larger than the limit of {options.MaxResponseBytes} bytes; it was refused.");
}
