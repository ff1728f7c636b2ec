using CustomerJourney.Model;

namespace CustomerJourney.Recordings;

/// <summary>
/// Resolves recordings by a URL template (<c>https://qm.example.com/recordings/{reference}</c>): for
/// recording systems that serve each recording at an address of its own, behind their own sign-in.
/// <c>{reference}</c>, <c>{source}</c> and <c>{id}</c> are replaced by the recording's reference and the
/// interaction's source and id, each escaped as a URI data string.
/// </summary>
public sealed class UrlTemplateRecordingResolver : IRecordingResolver
{
    private readonly string _template;

    /// <summary>A resolver for a template.</summary>
    /// <param name="template">An absolute <c>http</c> or <c>https</c> URL holding <c>{reference}</c>.</param>
    /// <exception cref="ArgumentException">The template is not such a URL.</exception>
    public UrlTemplateRecordingResolver(string template)
    {
        if (!IsValid(template))
        {
            throw new ArgumentException("A recording URL template is an absolute http or https URL holding {reference}.", nameof(template));
        }

        _template = template;
    }

    /// <summary>Whether a template can be used: an absolute <c>http</c> or <c>https</c> URL holding <c>{reference}</c>.</summary>
    /// <param name="template">The template.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValid(string? template) =>
        template is not null
        && template.Contains("{reference}", StringComparison.Ordinal)
        && Uri.TryCreate(Fill(template, "r", "s", "i"), UriKind.Absolute, out Uri? sample)
        && (sample.Scheme == Uri.UriSchemeHttps || sample.Scheme == Uri.UriSchemeHttp);

    /// <inheritdoc/>
    public ValueTask<Uri?> ResolveAsync(Interaction interaction, Recording recording, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(recording);
        return ValueTask.FromResult<Uri?>(new Uri(Fill(_template, recording.Reference, interaction.Source, interaction.Id), UriKind.Absolute));
    }

    private static string Fill(string template, string reference, string source, string id) => template
        .Replace("{reference}", Uri.EscapeDataString(reference), StringComparison.Ordinal)
        .Replace("{source}", Uri.EscapeDataString(source), StringComparison.Ordinal)
        .Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal);
}
