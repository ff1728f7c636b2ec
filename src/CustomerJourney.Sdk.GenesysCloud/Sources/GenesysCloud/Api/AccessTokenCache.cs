using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CustomerJourney.Sources.GenesysCloud.Api;

/// <summary>
/// The org's access token (OAuth client credentials): one request shared by every lookup that
/// needs a token at once (single-flight), kept until shortly before it expires, minted again when
/// the API refuses it. The secret goes to the login host only, in the Basic header; neither it nor
/// the token ever reaches a log, a span, a status or an exception message.
/// </summary>
internal sealed class AccessTokenCache(Func<HttpClient> login, Uri loginBase, GenesysCloudOptions options, TimeProvider time, ILogger logger)
{
    private readonly Lock _lock = new();
    private Task<AccessToken>? _current;

    /// <summary>A token valid for a while yet: the cached one, or the one being minted, or a new one.</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        Task<AccessToken> token;
        lock (_lock)
        {
            if (_current is null || _current.IsFaulted || _current.IsCanceled || (_current.IsCompletedSuccessfully && _current.Result.ExpiresAt <= time.GetUtcNow()))
            {
                // Minted under its own deadline: the lookup that started it may give up, the others still wait for it.
                _current = MintAsync();
            }

            token = _current;
        }

        return (await token.WaitAsync(cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>Forgets a token the API refused, unless another lookup already replaced it.</summary>
    public void Invalidate(string refused)
    {
        lock (_lock)
        {
            if (_current is { IsCompletedSuccessfully: true } current && current.Result.Value == refused)
            {
                _current = null;
            }
        }
    }

    private async Task<AccessToken> MintAsync()
    {
        GenesysLog.MintingToken(logger);
        using var deadline = new CancellationTokenSource(options.Timeout, time);
        var address = new Uri(loginBase, "oauth/token");
        using var request = new HttpRequestMessage(HttpMethod.Post, address)
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.Latin1.GetBytes($"{options.ClientId}:{options.ClientSecret}")));
        using System.Diagnostics.Activity? activity = GenesysTelemetry.StartRequest(HttpMethod.Post, address, "oauth/token");
        HttpResponseMessage response;
        try
        {
            response = await login().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            throw new JourneySourceException(GenesysCloudSource.SourceName, "GenesysCloud: authentication failed: the login host could not be reached in time.", exception);
        }

        using (response)
        {
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new JourneySourceException(
                    GenesysCloudSource.SourceName,
                    $"GenesysCloud: authentication failed: the login host refused the client credentials (HTTP {(int)response.StatusCode}); check CustomerJourney:GenesysCloud:ClientId and ClientSecret, and the region.");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new JourneySourceException(GenesysCloudSource.SourceName, $"GenesysCloud: authentication failed: the login host answered HTTP {(int)response.StatusCode}.");
            }

            TokenResponse? body;
            try
            {
                Stream stream = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    body = await JsonSerializer.DeserializeAsync(stream, GenesysJsonContext.Default.TokenResponse, deadline.Token).ConfigureAwait(false);
                }
            }
            catch (JsonException exception)
            {
                throw new JourneySourceException(GenesysCloudSource.SourceName, "GenesysCloud: authentication failed: the login host sent no readable token.", exception);
            }

            if (body is not { AccessToken: { Length: > 0 } value })
            {
                throw new JourneySourceException(GenesysCloudSource.SourceName, "GenesysCloud: authentication failed: the login host sent no token.");
            }

            // Kept until shortly before it expires: a minute early, or a tenth of a short lifetime.
            TimeSpan lifetime = TimeSpan.FromSeconds(Math.Max(1, body.ExpiresIn ?? 300));
            TimeSpan margin = lifetime > TimeSpan.FromMinutes(10) ? TimeSpan.FromMinutes(1) : lifetime / 10;
            return new AccessToken(value, time.GetUtcNow() + lifetime - margin);
        }
    }

    private sealed record AccessToken(string Value, DateTimeOffset ExpiresAt)
    {
        // The token itself never appears in a string the SDK makes.
        public override string ToString() => $"access token until {ExpiresAt:O}";
    }
}
