using System.CommandLine;
using System.Globalization;
using CustomerJourney.Grid;

namespace CustomerJourney.Demo;

/// <summary>The demo's command line.</summary>
internal static class DemoOptions
{
    public static readonly Option<string?> Phone = new("--phone") { Description = "Look up this phone number (any common format)." };
    public static readonly Option<string?> Email = new("--email") { Description = "Look up this e-mail address." };
    public static readonly Option<string> Direction = new Option<string>("--direction") { Description = "The call that triggers the lookup.", DefaultValueFactory = _ => "outbound" }
        .AcceptOnlyFromAmong("inbound", "outbound", "manual-outbound", "none");
    public static readonly Option<string?> Campaign = new("--campaign") { Description = "Only this campaign (id, e.g. CMP-7)." };
    public static readonly Option<string?> Channel = new("--channel") { Description = "Only this channel: voice, sms, email, chat (any case)." };
    public static readonly Option<int> Period = new Option<int>("--period") { Description = "The preceding 3, 6, 9 or 12 months.", DefaultValueFactory = _ => 12 }
        .AcceptOnlyFromAmong("3", "6", "9", "12");
    public static readonly Option<string?> Search = new("--search") { Description = "Free text over agent, comments, outcome and campaign (case and accents ignored)." };
    public static readonly Option<string> View = new Option<string>("--view") { Description = "timeline or grid.", DefaultValueFactory = _ => "timeline" }
        .AcceptOnlyFromAmong("timeline", "grid");
    public static readonly Option<string> Sort = new("--sort") { Description = "Grid sort: COLUMN[:desc], e.g. outcome:desc. Columns: " + string.Join(", ", Enum.GetNames<GridColumn>()).ToLowerInvariant(), DefaultValueFactory = _ => "start" };
    public static readonly Option<DateTimeOffset?> AsOf = new("--as-of") { Description = "Pin \"now\" (ISO-8601), e.g. 2026-11-15T14:30:00Z." };
    public static readonly Option<string> TimeZone = new("--time-zone") { Description = "IANA time zone for periods and dates.", DefaultValueFactory = _ => "America/New_York" };

    public static RootCommand Command() => new("Shows a customer's journey from the CustomerJourney.Sdk sample data.")
    {
        Phone, Email, Direction, Campaign, Channel, Period, Search, View, Sort, AsOf, TimeZone,
    };

    public static bool TryParseSort(string text, out GridColumn column, out SortDirection direction)
    {
        string[] parts = text.Split(':', 2);
        direction = parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase) ? SortDirection.Descending : SortDirection.Ascending;
        bool validDirection = parts.Length == 1 || parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase) || parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase);
        return Enum.TryParse(parts[0].Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out column)
            && Enum.IsDefined(column) && !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out _) && validDirection;
    }
}
