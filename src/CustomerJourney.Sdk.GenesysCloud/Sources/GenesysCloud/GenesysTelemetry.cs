using System.Diagnostics;
using System.Reflection;

namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>
/// The source's spans: one <see cref="ActivitySource"/> named after the package, one span per API
/// request, named after the path's template (<c>GET api/v2/externalcontacts/contacts/{contactId}/journey/sessions</c>),
/// never the path: ids of contacts are personal data. No span carries a key, a token or a secret.
/// </summary>
internal static class GenesysTelemetry
{
    public const string Name = "CustomerJourney.Sdk.GenesysCloud";

    public static readonly ActivitySource ActivitySource = new(Name, typeof(GenesysTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    public static Activity? StartRequest(HttpMethod method, Uri address, string template)
    {
        Activity? activity = ActivitySource.StartActivity(method.Method + " " + template, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("http.request.method", method.Method);
            activity.SetTag("server.address", address.Host);
            activity.SetTag("server.port", address.Port);
            activity.SetTag("url.template", template);
            activity.SetTag("customer_journey.source", GenesysCloudSource.SourceName);
        }

        return activity;
    }
}
