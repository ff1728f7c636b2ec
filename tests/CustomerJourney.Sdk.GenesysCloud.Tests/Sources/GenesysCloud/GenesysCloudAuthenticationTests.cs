using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>OAuth client credentials (contract §1), against the loopback fake.</summary>
public class GenesysCloudAuthenticationTests
{
    private static readonly LookupKey s_maeve = LookupKey.Parse("+353 87 123 4567", "IE");

    private static async Task<GenesysHost> WithMaeve(IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        GenesysHost host = await GenesysHost.StartAsync(settings, time);
        DateTimeOffset now = time?.GetUtcNow() ?? DateTimeOffset.UtcNow;
        host.Api.AddContact("c-maeve", ("Phone", "+353871234567"))
            .AddSessions("c-maeve", GenesysSessions.Conversation("s-1", now.AddDays(-2), now.AddDays(-2).AddMinutes(6)));
        return host;
    }

    private static Task<JourneyResult> LookUp(GenesysHost host) => host.Client.GetJourneyAsync(new JourneyQuery(s_maeve) { Access = Access.AccessContext.Unrestricted });

    [Fact]
    public async Task ConcurrentLookups_ShareOneTokenRequest()
    {
        await using GenesysHost host = await WithMaeve();

        JourneyResult[] results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => LookUp(host)));

        Assert.All(results, r => Assert.Equal(SourceState.Ok, r.Sources[0].State));
        Assert.Equal(1, host.Api.TokensMinted);
        Assert.Equal(1, host.Api.Count("/oauth/token"));
    }

    [Fact]
    public async Task Token_IsKeptUntilShortlyBeforeItExpires_ThenMintedAgain()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using GenesysHost host = await WithMaeve(time: time);
        host.Api.TokenLifetimeSeconds = 120; // kept until a tenth of it before: 108 s

        await LookUp(host);
        time.Advance(TimeSpan.FromSeconds(100));
        await LookUp(host);
        Assert.Equal(1, host.Api.TokensMinted);
        time.Advance(TimeSpan.FromSeconds(10));
        JourneyResult third = await LookUp(host);

        Assert.Equal(SourceState.Ok, third.Sources[0].State);
        Assert.Equal(2, host.Api.TokensMinted);
    }

    [Fact]
    public async Task TokenRefusedByTheApi_IsMintedAgain_AndTheRequestAskedAgainOnce()
    {
        await using GenesysHost host = await WithMaeve();
        await LookUp(host);
        int lookupsBefore = host.Api.Count("/api/v2/externalcontacts/identifierlookup");
        host.Api.RevokeTokens();

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Equal(["s-1"], result.Items.Select(i => i.Interaction.Id));
        Assert.Equal(2, host.Api.TokensMinted);
        Assert.Equal(lookupsBefore + 2, host.Api.Count("/api/v2/externalcontacts/identifierlookup")); // refused, then replayed
    }

    [Fact]
    public async Task TokenRefusedTwice_IsAuthenticationFailed_WithoutTheSecretOrTheToken()
    {
        await using GenesysHost host = await WithMaeve();
        host.Api.Intercept = async context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await GenesysFake.ErrorAsync(context, StatusCodes.Status401Unauthorized, "credentials.expired");
                return true;
            }

            return false;
        };

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.Equal("GenesysCloud: authentication failed: the API refused a freshly minted token too (HTTP 401).", result.Sources[0].Message);
        Assert.Equal(2, host.Api.TokensMinted);
        Assert.Equal(2, host.Api.Count("/api/"));
    }

    [Theory]
    [InlineData(StatusCodes.Status400BadRequest)]
    [InlineData(StatusCodes.Status401Unauthorized)]
    public async Task TokenEndpointRefusing_IsAuthenticationFailed_NamingTheKeysNotTheirValues(int status)
    {
        await using GenesysHost host = await WithMaeve();
        host.Api.Intercept = async context =>
        {
            if (context.Request.Path == "/oauth/token")
            {
                context.Response.StatusCode = status;
                await context.Response.WriteAsync("{\"error\":\"invalid_client\",\"description\":\"cj-secret-7f3a9d-do-not-log\"}");
                return true;
            }

            return false;
        };

        JourneyResult result = await LookUp(host);

        Assert.Equal(SourceState.Failed, result.Sources[0].State);
        Assert.Equal($"GenesysCloud: authentication failed: the login host refused the client credentials (HTTP {status}); check CustomerJourney:GenesysCloud:ClientId and ClientSecret, and the region.", result.Sources[0].Message);
        Assert.Equal(0, host.Api.Count("/api/"));
    }
}
