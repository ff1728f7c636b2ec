using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CustomerJourney.Sources.Http;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace CustomerJourney.Sources.GenesysCloud.Api;

/// <summary>
/// One request to the Platform API, as the contract wants it (docs/contracts/genesys-cloud.md): the
/// bearer token (a 401 mints a new one and asks again once; a second is "authentication failed"),
/// 429 after its <c>Retry-After</c> when that fits before the lookup's deadline (else a failure at
/// once), 5xx, 408 and lost connections retried with back-off on GETs only, other 4xx never; a 403
/// names the permission the OAuth client lacks. Bodies are parsed as they arrive under the size
/// limit. Messages carry no id, token, secret or body; spans name the path's template.
/// </summary>
internal sealed class GenesysApi(Func<HttpClient> api, Uri apiBase, AccessTokenCache tokens, GenesysCloudOptions options, ILogger logger)
{
    /// <summary>The API's base address.</summary>
    public Uri BaseAddress => apiBase;

    /// <summary>A GET; <see langword="null"/> on 404 (and on 410 when <paramref name="goneIsAbsent"/>: a deprecated resource removed).</summary>
    /// <param name="uri">A path under the base address, or an absolute URI that must be under it (a <c>nextUri</c>).</param>
    /// <param name="template">The path with its ids as placeholders, for spans and messages.</param>
    /// <param name="permission">The permission the OAuth client needs, named when it lacks it (403).</param>
    /// <param name="type">The document's type.</param>
    /// <param name="deadline">When the lookup gives up (a <see cref="Stopwatch"/> timestamp).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <param name="goneIsAbsent">Whether 410 means absent too.</param>
    public Task<T?> GetAsync<T>(string uri, string template, string permission, JsonTypeInfo<T> type, long deadline, CancellationToken cancellationToken, bool goneIsAbsent = false)
        where T : class =>
        SendAsync(HttpMethod.Get, uri, template, permission, null, type, deadline, goneIsAbsent, cancellationToken);

    /// <summary>A POST with a JSON body (a read: identifier lookup); <see langword="null"/> on 404. Never retried on 5xx.</summary>
    public Task<T?> PostAsync<TBody, T>(string uri, string template, string permission, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<T> type, long deadline, CancellationToken cancellationToken)
        where T : class =>
        SendAsync(HttpMethod.Post, uri, template, permission, () => JsonContent.Create(body, bodyType), type, deadline, goneIsAbsent: false, cancellationToken);

    /// <summary>Resolves a <c>nextUri</c> (relative or absolute) against the base address; <see langword="null"/> when it leaves the API's host (the token must not follow it).</summary>
    public Uri? Resolve(string uri)
    {
        var address = new Uri(apiBase, uri);
        return Uri.Compare(address, apiBase, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0 ? address : null;
    }

    private async Task<T?> SendAsync<T>(HttpMethod method, string uri, string template, string permission, Func<HttpContent>? content, JsonTypeInfo<T> type, long deadline, bool goneIsAbsent, CancellationToken cancellationToken)
        where T : class
    {
        Uri address = Resolve(uri) ?? throw new JourneySourceException(GenesysCloudSource.SourceName, $"GenesysCloud sent a next page on another host ({template}); it was not followed.");
        bool reminted = false;
        for (int attempt = 0; ; attempt++)
        {
            string token = await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await ExchangeAsync(method, address, template, permission, content, type, token, goneIsAbsent, cancellationToken).ConfigureAwait(false);
            }
            catch (TokenRefusedException) when (!reminted)
            {
                // Client credentials have no refresh token: a new one is minted, and the request asked again once.
                GenesysLog.TokenRefused(logger);
                tokens.Invalidate(token);
                reminted = true;
                attempt--;
            }
            catch (TokenRefusedException exception)
            {
                throw new JourneySourceException(GenesysCloudSource.SourceName, "GenesysCloud: authentication failed: the API refused a freshly minted token too (HTTP 401).", exception);
            }
            catch (TransientSourceException exception)
            {
                TimeSpan left = RetryAfter.Left(deadline);
                if (exception.Status == HttpStatusCode.TooManyRequests && exception.RetryAfter is { } wait && wait >= left)
                {
                    throw new JourneySourceException(
                        GenesysCloudSource.SourceName,
                        string.Create(CultureInfo.InvariantCulture, $"GenesysCloud is rate limited (HTTP 429), retry after {Math.Ceiling(wait.TotalSeconds):0} s: longer than the lookup can wait."),
                        exception);
                }

                // A 429 may be retried whatever the method; the rest only on a GET.
                bool retryable = exception.Status == HttpStatusCode.TooManyRequests || method == HttpMethod.Get;
                TimeSpan delay = exception.RetryAfter ?? Backoff(attempt);
                if (!retryable || attempt >= options.MaxRetries || delay >= left)
                {
                    throw exception.Final;
                }

                GenesysLog.Retrying(logger, template, (int?)exception.Status ?? 0, attempt + 1, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Exponential, with ±20 % jitter so that many lookups failing together do not retry together.
    private TimeSpan Backoff(int attempt) => options.RetryDelay * Math.Pow(2, attempt) * (0.8 + (0.4 * Random.Shared.NextDouble()));

    private async Task<T?> ExchangeAsync<T>(HttpMethod method, Uri address, string template, string permission, Func<HttpContent>? content, JsonTypeInfo<T> type, string token, bool goneIsAbsent, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, address) { Content = content?.Invoke() };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using Activity? activity = GenesysTelemetry.StartRequest(method, address, template);
        if (activity is not null)
        {
            DistributedContextPropagator.Current.Inject(activity, request.Headers, static (carrier, name, value) => ((HttpRequestHeaders)carrier!).TryAddWithoutValidation(name, value));
        }

        HttpResponseMessage response;
        try
        {
            response = await api().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (Describe(exception, template) is { } failure)
        {
            activity?.SetTag("error.type", exception.GetType().Name).SetStatus(ActivityStatusCode.Error);
            throw failure;
        }

        using (response)
        {
            int status = (int)response.StatusCode;
            activity?.SetTag("http.response.status_code", status);
            if (response.StatusCode == HttpStatusCode.NotFound || (goneIsAbsent && response.StatusCode == HttpStatusCode.Gone))
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                activity?.SetTag("error.type", status.ToString(CultureInfo.InvariantCulture)).SetStatus(ActivityStatusCode.Error);
                GenesysLog.Refused(logger, template, status);
                throw Describe(response, template, permission);
            }

            if (response.Content.Headers.ContentLength > options.MaxResponseBytes)
            {
                throw TooLarge(template);
            }

            try
            {
                Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                var bounded = new BoundedReadStream(body, options.MaxResponseBytes, () => TooLarge(template));
                await using (bounded.ConfigureAwait(false))
                {
                    return await JsonSerializer.DeserializeAsync(bounded, type, cancellationToken).ConfigureAwait(false)
                        ?? throw new JourneySourceException(GenesysCloudSource.SourceName, $"GenesysCloud sent an empty (null) document ({template}).");
                }
            }
            catch (JsonException exception)
            {
                // The JSON exception's message may quote the body; only its position is kept.
                throw new JourneySourceException(GenesysCloudSource.SourceName, $"GenesysCloud sent malformed JSON ({template}, at {exception.Path ?? "$"}, line {exception.LineNumber + 1}).", exception);
            }
            catch (IOException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TransientSourceException(GenesysCloudSource.SourceName, "GenesysCloud lost the connection (connection lost), and retries did not get through.", exception);
            }
        }
    }

    private static JourneySourceException? Describe(Exception exception, string template) => exception switch
    {
        TimeoutRejectedException => new TransientSourceException(GenesysCloudSource.SourceName, $"GenesysCloud did not answer in time ({template}).", new TimeoutException("GenesysCloud did not answer in time.", exception)),
        BrokenCircuitException broken => new JourneySourceException(
            GenesysCloudSource.SourceName,
            broken.RetryAfter is { } retryAfter
                ? string.Create(CultureInfo.InvariantCulture, $"GenesysCloud is unavailable: it failed repeatedly, so it is not asked again for {Math.Ceiling(retryAfter.TotalSeconds):0} s (circuit open).")
                : "GenesysCloud is unavailable: it failed repeatedly, so it is not asked for a while (circuit open).",
            exception),
        RateLimiterRejectedException => new JourneySourceException(GenesysCloudSource.SourceName, "GenesysCloud is busy: more requests are waiting for the org's rate limit than the queue holds (RequestsPerMinute).", exception),
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } or HttpRequestException { InnerException: IOException } =>
            new TransientSourceException(GenesysCloudSource.SourceName, "GenesysCloud lost the connection (connection lost), and retries did not get through.", exception),
        HttpRequestException request => new TransientSourceException(GenesysCloudSource.SourceName, $"GenesysCloud could not be reached ({request.HttpRequestError}).", exception),
        _ => null,
    };

    private static Exception Describe(HttpResponseMessage response, string template, string permission)
    {
        HttpStatusCode status = response.StatusCode;
        return status switch
        {
            HttpStatusCode.Unauthorized => new TokenRefusedException(),
            HttpStatusCode.Forbidden => new JourneySourceException(
                GenesysCloudSource.SourceName,
                $"GenesysCloud refused {template} (HTTP 403): the OAuth client's role lacks the permission {permission}, or the division."),
            HttpStatusCode.TooManyRequests => new TransientSourceException(GenesysCloudSource.SourceName, "GenesysCloud is rate limiting (HTTP 429) and retries did not get through.")
            {
                Status = status,
                // The platform's own clients wait 3 s when a 429 says nothing.
                RetryAfter = RetryAfter.Of(response) ?? TimeSpan.FromSeconds(3),
            },
            HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError => new TransientSourceException(
                GenesysCloudSource.SourceName,
                string.Create(CultureInfo.InvariantCulture, $"GenesysCloud failed (HTTP {(int)status}, {template}) and retries did not get through."))
            {
                Status = status,
            },
            _ => new JourneySourceException(GenesysCloudSource.SourceName, string.Create(CultureInfo.InvariantCulture, $"GenesysCloud answered HTTP {(int)status} ({template}).")),
        };
    }

    private JourneySourceException TooLarge(string template) =>
        new(GenesysCloudSource.SourceName, $"GenesysCloud sent a response larger than the limit of {options.MaxResponseBytes} bytes ({template}); it was refused.");

    /// <summary>A 401 from the API: the token is no good any more.</summary>
    private sealed class TokenRefusedException() : Exception("The API refused the access token (HTTP 401).");
}
