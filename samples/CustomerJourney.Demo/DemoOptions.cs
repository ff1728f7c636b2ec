using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CustomerJourney.Grid;
using CustomerJourney.Model;

namespace CustomerJourney.Demo;

/// <summary>
/// The demo's command line. Tokens it does not know (<c>--CustomerJourney:Sources:0=DataCloud</c>) go to
/// configuration. The filters, the period, the format, <c>--as-of</c> and <c>--db</c> are shared with
/// the <c>report</c> command (<see cref="ReportOptions"/>).
/// </summary>
internal static class DemoOptions
{
    public static readonly Option<string?> Phone = new("--phone") { Description = "Look up this phone number (any common format)." };
    public static readonly Option<string?> Email = new("--email") { Description = "Look up this e-mail address." };
    public static readonly Option<string?> WebId = new("--web-id") { Description = "Look up this web visitor id (a cookie), e.g. alex-tablet-a27e." };
    public static readonly Option<string> Direction = new Option<string>("--direction") { Description = "The call that triggers the lookup.", DefaultValueFactory = _ => "outbound" }
        .AcceptOnlyFromAmong("inbound", "outbound", "manual-outbound", "none");
    public static readonly Option<string?> Campaign = new("--campaign") { Description = "Only this campaign (id, e.g. CMP-7)." };
    public static readonly Option<string?> Channel = new("--channel") { Description = "Only this channel: voice, sms, email, chat, web-messaging, whatsapp, line, twitter, messenger, web-visit (any case)." };
    public const string ChannelWords = "voice, sms, email, chat, web-messaging, whatsapp, line, twitter, messenger or web-visit";
    public static readonly Option<int> Period = new Option<int>("--period") { Description = "The preceding 3, 6, 9 or 12 months.", DefaultValueFactory = _ => 12 }
        .AcceptOnlyFromAmong("3", "6", "9", "12");
    public static readonly Option<string?> Search = new("--search") { Description = "Free text over agent, comments, outcome and campaign (case and accents ignored)." };
    public static readonly Option<string> View = new Option<string>("--view") { Description = "timeline or grid.", DefaultValueFactory = _ => "timeline" }
        .AcceptOnlyFromAmong("timeline", "grid");
    public static readonly Option<string> Sort = new("--sort") { Description = "Grid sort: COLUMN[:desc], e.g. outcome:desc. Columns: " + string.Join(", ", Enum.GetNames<GridColumn>()).ToLowerInvariant() + ".", DefaultValueFactory = _ => "start" };
    public static readonly Option<string> Format = new Option<string>("--format") { Description = "text, or json (the SDK's JSON form, alone on standard output).", DefaultValueFactory = _ => "text" }
        .AcceptOnlyFromAmong("text", "json");
    public static readonly Option<DateTimeOffset?> AsOf = new("--as-of")
    {
        Description = "Pin \"now\" (ISO-8601), e.g. 2026-11-15T14:30:00Z.",
        CustomParser = result =>
        {
            if (DateTimeOffset.TryParse(result.Tokens.Count == 1 ? result.Tokens[0].Value : null, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset asOf))
            {
                return asOf;
            }

            result.AddError("--as-of takes an ISO-8601 instant, e.g. 2026-11-15T14:30:00Z.");
            return null;
        },
    };
    public static readonly Option<string?> Database = new("--db") { Description = "The embedded store's file (created with sample data when absent)." };

    public static RootCommand Command()
    {
        var command = new RootCommand("Shows a customer's journey with CustomerJourney.Sdk. By default from an embedded SQLite store of sample data; configuration (appsettings.json, CustomerJourney__* variables, --CustomerJourney:Key=value) can point it at a Campaign Manager or a Data Cloud.")
        {
            Phone, Email, WebId, Direction, Campaign, Channel, Period, Search, View, Sort, Format, AsOf, Database,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    /// <summary>A parse error as the demo writes it: the option it is about first (<c>--period: Argument '5' not recognized…</c>).</summary>
    public static string Describe(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        string? option = error.SymbolResult switch
        {
            OptionResult result => result.Option.Name,
            ArgumentResult { Parent: OptionResult result } => result.Option.Name,
            _ => null,
        };
        return option is null || error.Message.StartsWith(option, StringComparison.Ordinal) ? error.Message : $"{option}: {error.Message}";
    }

    /// <summary>The <c>--channel</c> filter: <see langword="null"/> for every channel; false for a word the SDK does not know.</summary>
    public static bool TryParseChannel(string? name, out Channel? channel)
    {
        channel = name is null ? null : InteractionVocabulary.ParseChannel(name);
        return channel != Model.Channel.Unknown;
    }

    public static bool TryParseSort(string text, out GridColumn column, out SortDirection direction)
    {
        string[] parts = text.Split(':', 2);
        string? suffix = parts.Length == 2 ? parts[1].ToLowerInvariant() : null;
        direction = suffix == "desc" ? SortDirection.Descending : SortDirection.Ascending;
        string name = parts[0].Replace("-", string.Empty, StringComparison.Ordinal);
        bool known = Enum.TryParse(name, ignoreCase: true, out column) && Enum.IsDefined(column) && !name.Any(char.IsDigit);
        return known && suffix is null or "asc" or "desc";
    }
}
