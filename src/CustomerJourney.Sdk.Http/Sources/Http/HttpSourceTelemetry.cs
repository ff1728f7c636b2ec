using System.Diagnostics;
using System.Reflection;

namespace CustomerJourney.Sources.Http;

/// <summary>
/// The HTTP sources' spans: one <see cref="ActivitySource"/> named after the package, one span per
/// request, named after the URL's template and never the URL (the Campaign Manager's path carries
/// the phone number). Tags name the method, server, port, template, status and source.
/// </summary>
internal static class HttpSourceTelemetry
{
    public const string Name = "CustomerJourney.Sdk.Http";

    public static readonly ActivitySource ActivitySource = new(Name, typeof(HttpSourceTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    /// <summary>Starts the span of one request.</summary>
    public static Activity? StartRequest(string sourceName, Uri address, string urlTemplate)
    {
        Activity? activity = ActivitySource.StartActivity("GET " + urlTemplate, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("http.request.method", "GET");
            activity.SetTag("server.address", address.Host);
            activity.SetTag("server.port", address.Port);
            activity.SetTag("url.template", urlTemplate);
            activity.SetTag("customer_journey.source", sourceName);
        }

        return activity;
    }
}
