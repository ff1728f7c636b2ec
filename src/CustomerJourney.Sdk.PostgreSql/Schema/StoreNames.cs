using System.Text.RegularExpressions;

namespace CustomerJourney.PostgreSql.Schema;

/// <summary>
/// The qualified names of one store's tables and notification channels. The schema name is
/// checked against a strict pattern before it is ever put in SQL (it cannot be a parameter).
/// </summary>
internal sealed partial class StoreNames
{
    public StoreNames(string schema)
    {
        if (!IsValidSchema(schema))
        {
            throw new ArgumentException("The schema name must be lowercase letters, digits and underscores, start with a letter or an underscore, and be at most 40 characters.", nameof(schema));
        }

        Schema = schema;
        string quoted = $"\"{schema}\"";
        QuotedSchema = quoted;
        Version = $"{quoted}.schema_version";
        Customers = $"{quoted}.customers";
        Interactions = $"{quoted}.interactions";
        InteractionKeys = $"{quoted}.interaction_keys";
        Revisions = $"{quoted}.revisions";
        Listings = $"{quoted}.listings";
        IdentityLinks = $"{quoted}.identity_links";
        InteractionsChannel = $"{schema}_interactions";
        IdentityLinksChannel = $"{schema}_identity_links";
    }

    public string Schema { get; }

    public string QuotedSchema { get; }

    public string Version { get; }

    public string Customers { get; }

    public string Interactions { get; }

    public string InteractionKeys { get; }

    public string Revisions { get; }

    public string Listings { get; }

    public string IdentityLinks { get; }

    /// <summary>Carries the ids of customers whose interactions changed (comma-separated), never a key.</summary>
    public string InteractionsChannel { get; }

    /// <summary>Carries the id of a join made or undone.</summary>
    public string IdentityLinksChannel { get; }

    /// <summary>The partition holding the month starting at <paramref name="month"/> (UTC), e.g. <c>interactions_p202612</c>.</summary>
    public string Partition(DateTime month) => $"{QuotedSchema}.\"interactions_p{month:yyyyMM}\"";

    public static bool IsValidSchema(string? schema) => schema is not null && SchemaPattern().IsMatch(schema);

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaPattern();
}
