using CustomerJourney.Client;
using CustomerJourney.Recordings;
using CustomerJourney.Sources;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Fixtures;

/// <summary>
/// The widget sample (samples/CustomerJourney.Widget) as a test host: its own sign-in, endpoints
/// and static assets, with the journey client pointed at <see cref="Journeys"/> (counted) and at a
/// source whose server is down, "now" on a test clock, recordings resolved by a URL template, and
/// every log line collected.
/// </summary>
public sealed class WidgetHost : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("customer-journey-widget-").FullName;
    private readonly UnreachableSource _dataCloud = new("DataCloud");
    private readonly bool _kestrel;

    public WidgetHost()
        : this(kestrel: false)
    {
    }

    private WidgetHost(bool kestrel)
    {
        Memory = Journeys.Source();
        Counted = new CountingSource(Memory);
        _kestrel = kestrel;
        if (kestrel)
        {
            // A real server on a free loopback port, for the browser.
            UseKestrel(0);
        }
    }

    /// <summary>The host on a real loopback port (Kestrel), for browser tests.</summary>
    public static WidgetHost OnKestrel() => new(kestrel: true);

    /// <summary>
    /// The recording system of the endpoint tests: a template whose addresses carry a token, as a
    /// signed URL does, so a test can see that it is never logged. The browser's host plays
    /// recordings from its own port instead (<see cref="LoopbackRecordings"/>).
    /// </summary>
    public const string RecordingUrlTemplate = "https://recordings.example.com/{source}/{reference}?token=" + RecordingToken;

    public const string RecordingToken = "widget-test-secret";

    public FakeTimeProvider Clock { get; } = new(Journeys.Now);

    public InMemoryJourneySource Memory { get; }

    internal CountingSource Counted { get; }

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    /// <summary>Where the Kestrel host listens (after <c>StartServer</c>).</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("CustomerJourney:Sqlite:Path", Path.Combine(_directory, "widget.db"));
        builder.UseSetting("CustomerJourney:Endpoints:DefaultDayCount", "3");
        builder.UseSetting("CustomerJourney:RecordingUrlTemplate", RecordingUrlTemplate);
        builder.ConfigureLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<JourneyClient>();
            services.AddSingleton(_ => new JourneyClient(
                [Counted, _dataCloud],
                new JourneyClientOptions { TimeZone = Journeys.TimeZone, DefaultRegion = "US", SourceTimeout = TimeSpan.FromSeconds(10) },
                Clock));
            if (_kestrel)
            {
                services.AddSingleton<LoopbackRecordings>();
                services.AddSingleton<IRecordingResolver>(s => s.GetRequiredService<LoopbackRecordings>());
                services.AddSingleton<IStartupFilter>(s => s.GetRequiredService<LoopbackRecordings>());
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _dataCloud.Dispose();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // The store may still be open by a finishing request: the temporary folder is left behind.
            }
        }
    }
}
