using CustomerJourney.DependencyInjection;
using CustomerJourney.Model;
using CustomerJourney.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomerJourney.Recordings;

/// <summary>How a recording's reference becomes an address to play it at.</summary>
public class RecordingResolverTests
{
    private static readonly Interaction s_call = new() { Source = "Data Cloud", Id = "DC/1", Start = DateTimeOffset.UnixEpoch };

    [Fact]
    public async Task UrlTemplate_FillsTheReferenceSourceAndId_EachEscaped()
    {
        var resolver = new UrlTemplateRecordingResolver("https://qm.example.com/{source}/{id}/recordings/{reference}");

        Uri? address = await resolver.ResolveAsync(s_call, new Recording("rec 7/a?b"), CancellationToken.None);

        Assert.Equal("https://qm.example.com/Data%20Cloud/DC%2F1/recordings/rec%207%2Fa%3Fb", address!.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://qm.example.com/recordings")]
    [InlineData("/recordings/{reference}")]
    [InlineData("ftp://qm.example.com/{reference}")]
    [InlineData("javascript:alert({reference})")]
    public void UrlTemplate_WithoutAReferenceOrNotAnHttpUrl_IsRefused(string template)
    {
        Assert.False(UrlTemplateRecordingResolver.IsValid(template));
        Assert.Throws<ArgumentException>(() => new UrlTemplateRecordingResolver(template));
    }

    [Fact]
    public async Task Registration_FromConfiguration_UsesTheTemplate_AndWithoutOne_NothingPlays()
    {
        await using ServiceProvider configured = Services(new() { ["CustomerJourney:RecordingUrlTemplate"] = "https://qm.example.com/r/{reference}" });
        await using ServiceProvider bare = Services([]);
        // An environment variable set empty blanks the template of appsettings.json: no recording plays, nothing fails.
        await using ServiceProvider blanked = Services(new() { ["CustomerJourney:RecordingUrlTemplate"] = "" });

        Assert.Equal("https://qm.example.com/r/x", (await configured.GetRequiredService<IRecordingResolver>().ResolveAsync(s_call, new Recording("x"), CancellationToken.None))!.AbsoluteUri);
        Assert.Null(await bare.GetRequiredService<IRecordingResolver>().ResolveAsync(s_call, new Recording("x"), CancellationToken.None));
        Assert.Null(await blanked.GetRequiredService<IRecordingResolver>().ResolveAsync(s_call, new Recording("x"), CancellationToken.None));
    }

    [Fact]
    public async Task Registration_AHostsOwnResolver_ReplacesTheTemplate()
    {
        var services = new ServiceCollection();
        services.AddCustomerJourney(Configuration(new() { ["CustomerJourney:RecordingUrlTemplate"] = "https://qm.example.com/r/{reference}" }))
            .AddSource(new InMemoryJourneySource("Memory"))
            .AddRecordingResolver(_ => new UrlTemplateRecordingResolver("https://signed.example.com/{reference}?sig=1"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        Assert.StartsWith("https://signed.example.com/x", (await provider.GetRequiredService<IRecordingResolver>().ResolveAsync(s_call, new Recording("x"), CancellationToken.None))!.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_ABadTemplate_FailsOnStart_NamingTheKey_WithoutItsValue()
    {
        await using ServiceProvider provider = Services(new() { ["CustomerJourney:RecordingUrlTemplate"] = "ftp://secret-host/{reference}" });

        OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CustomerJourneyOptions>>().Value);

        Assert.Contains("CustomerJourney:RecordingUrlTemplate", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-host", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> values)
    {
        var services = new ServiceCollection();
        services.AddCustomerJourney(Configuration(values)).AddSource(new InMemoryJourneySource("Memory"));
        return services.BuildServiceProvider();
    }

    private static IConfigurationSection Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("CustomerJourney");
}
