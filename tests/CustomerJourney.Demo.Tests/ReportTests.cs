using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using CustomerJourney.Access;
using CustomerJourney.Analytics;
using CustomerJourney.Demo.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sqlite;

namespace CustomerJourney.Demo;

/// <summary>The <c>report</c> command, run as a user runs it, held to what the store computes over the same file.</summary>
public class ReportTests
{
    private const string AsOf = "2026-11-15T14:30:00Z";
    private static readonly TimeZoneInfo s_demoZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public async Task Json_IsTheDocumentedFormWithTheFiguresTheStoreComputes()
    {
        using var folder = new TemporaryFolder();
        string database = folder.File("j.db");

        DemoRun run = await DemoProcess.RunAsync("report", "--db", database, "--as-of", AsOf, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement root = json.RootElement;
        JourneyReport expected = await StoreReportAsync(database, months: 12);
        Assert.Equal(expected.Query.Period.From, root.GetProperty("period").GetProperty("from").GetDateTimeOffset());
        Assert.Equal(expected.Contacts, root.GetProperty("contacts").GetInt32());
        Assert.Equal(expected.Episodes, root.GetProperty("episodes").GetInt32());
        Assert.Equal(expected.FirstContactResolutionRate!.Value, root.GetProperty("firstContactResolutionRate").GetDouble(), 12);
        Assert.Equal(expected.RepeatContactRate7d!.Value, root.GetProperty("repeatContactRate7d").GetDouble(), 12);
        Assert.Equal(expected.RepeatContactRate30d!.Value, root.GetProperty("repeatContactRate30d").GetDouble(), 12);
        // ISO-8601 durations, read back with an ISO-8601 reader.
        Assert.Equal(expected.MedianTimeToResolution, XmlConvert.ToTimeSpan(root.GetProperty("medianTimeToResolution").GetString()!));
        Assert.Equal(expected.P90TimeToResolution, XmlConvert.ToTimeSpan(root.GetProperty("p90TimeToResolution").GetString()!));
        JsonElement[] paths = [.. root.GetProperty("channelPaths").EnumerateArray()];
        Assert.Equal(
            expected.ChannelPaths.Select(p => (string.Join(">", p.Channels.Select(Word)), p.Count, p.Resolved, p.Failed)),
            paths.Select(p => (string.Join(">", p.GetProperty("path").EnumerateArray().Select(c => c.GetString())), p.GetProperty("count").GetInt32(), p.GetProperty("resolved").GetInt32(), p.GetProperty("failed").GetInt32())));
        Assert.Equal(expected.SelfService.Contained, root.GetProperty("selfService").GetProperty("contained").GetInt32());
        Assert.Equal(expected.Surveys!.Overall.Responses, root.GetProperty("surveys").GetProperty("overall").GetProperty("responses").GetInt32());
    }

    [Fact]
    public async Task SampleData_GivesAReportWorthReading()
    {
        using var folder = new TemporaryFolder();

        DemoRun run = await DemoProcess.RunAsync("report", "--db", folder.File("j.db"), "--as-of", AsOf, "--format", "json");

        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement root = json.RootElement;
        // Thousands of episodes, some resolved at the first contact and some not, over several channels and paths across channels.
        Assert.InRange(root.GetProperty("episodes").GetInt32(), 1000, int.MaxValue);
        Assert.InRange(root.GetProperty("firstContactResolutionRate").GetDouble(), 0.05, 0.95);
        Assert.InRange(root.GetProperty("repeatContactRate7d").GetDouble(), 0.01, 0.99);
        Assert.True(root.GetProperty("contactsByChannel").GetArrayLength() >= 4);
        Assert.Contains(root.GetProperty("channelPaths").EnumerateArray(), p => p.GetProperty("path").GetArrayLength() >= 3);
        JsonElement selfService = root.GetProperty("selfService");
        Assert.All(new[] { "contained", "handedToAgent", "abandoned" }, m => Assert.True(selfService.GetProperty(m).GetInt32() > 0, m));
        Assert.True(root.GetProperty("surveys").GetProperty("overall").GetProperty("npsResponses").GetInt32() > 0);
        Assert.True(root.GetProperty("surveys").GetProperty("overall").GetProperty("csatResponses").GetInt32() > 0);
    }

    [Fact]
    public async Task Text_ShowsTheHeadlineFiguresChartsAndThePathTable_InEightyColumnsWithoutColour()
    {
        using var folder = new TemporaryFolder();
        string database = folder.File("j.db");

        DemoRun run = await DemoProcess.RunAsync("report", "--db", database, "--as-of", AsOf);

        Assert.Equal(0, run.ExitCode);
        JourneyReport expected = await StoreReportAsync(database, months: 12);
        string[] lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains(lines, l => l.Contains("Contacts", StringComparison.Ordinal) && l.Contains(expected.Contacts.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("First-contact resolution", StringComparison.Ordinal) && l.Contains(expected.FirstContactResolutionRate!.Value.ToString("P1", CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Repeat contacts in 7 days", StringComparison.Ordinal) && l.Contains(expected.RepeatContactRate7d!.Value.ToString("P1", CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Repeat contacts in 30 days", StringComparison.Ordinal) && l.Contains(expected.RepeatContactRate30d!.Value.ToString("P1", CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Self-service containment", StringComparison.Ordinal) && l.Contains(expected.SelfService.ContainmentRate!.Value.ToString("P1", CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Median time to resolution", StringComparison.Ordinal));
        Assert.Contains("Contacts by channel", run.Output, StringComparison.Ordinal);
        Assert.Contains("Average survey score by channel", run.Output, StringComparison.Ordinal);
        Assert.Contains("Self-service sessions", run.Output, StringComparison.Ordinal);
        // The path table: every listed path, most frequent first, with its count and resolved share (a long path may wrap onto a second line).
        int header = Array.FindIndex(lines, l => l.Contains("Path", StringComparison.Ordinal) && l.Contains("Episodes", StringComparison.Ordinal) && l.Contains("Resolved", StringComparison.Ordinal));
        Assert.True(header > 0, "no path table");
        string[] rows = [.. lines.Skip(header + 2).TakeWhile(l => l.Trim().Length > 0)];
        int previous = -1;
        foreach (ChannelPathStats path in expected.ChannelPaths)
        {
            string figures = $@"\s{Regex.Escape(path.Count.ToString("N0", CultureInfo.InvariantCulture))}\s+{Regex.Escape(((double)path.Resolved / path.Count).ToString("P1", CultureInfo.InvariantCulture))}\s";
            int row = Array.FindIndex(rows, previous + 1, r => Regex.IsMatch(r, figures));
            Assert.True(row > previous, $"path {string.Join(" → ", path.Channels)} missing or out of order");
            previous = row;
        }

        Assert.Contains(rows, r => r.Contains(" → ", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.All(lines, line => Assert.True(line.Length <= 80, $"too wide: {line}"));
    }

    [Fact]
    public async Task Filters_NarrowTheReport()
    {
        using var folder = new TemporaryFolder();
        string database = folder.File("j.db");

        DemoRun all = await DemoProcess.RunAsync("report", "--db", database, "--as-of", AsOf, "--format", "json");
        DemoRun campaign = await DemoProcess.RunAsync("report", "--db", database, "--as-of", AsOf, "--format", "json", "--campaign", "CMP-12");
        DemoRun chat = await DemoProcess.RunAsync("report", "--db", database, "--as-of", AsOf, "--format", "json", "--channel", "Chat");
        DemoRun quarter = await DemoProcess.RunAsync("report", "--db", database, "--as-of", AsOf, "--format", "json", "--period", "3");

        using JsonDocument allJson = JsonDocument.Parse(all.Output);
        using JsonDocument campaignJson = JsonDocument.Parse(campaign.Output);
        using JsonDocument chatJson = JsonDocument.Parse(chat.Output);
        using JsonDocument quarterJson = JsonDocument.Parse(quarter.Output);
        int contacts = allJson.RootElement.GetProperty("contacts").GetInt32();
        Assert.InRange(campaignJson.RootElement.GetProperty("contacts").GetInt32(), 1, contacts - 1);
        Assert.Equal("CMP-12", campaignJson.RootElement.GetProperty("filter").GetProperty("campaignId").GetString());
        Assert.Equal((await StoreReportAsync(database, months: 12, campaign: "CMP-12")).Contacts, campaignJson.RootElement.GetProperty("contacts").GetInt32());
        Assert.Equal(["chat"], chatJson.RootElement.GetProperty("contactsByChannel").EnumerateArray().Select(c => c.GetProperty("channel").GetString()));
        Assert.Equal((await StoreReportAsync(database, months: 12, channel: Channel.Chat)).Contacts, chatJson.RootElement.GetProperty("contacts").GetInt32());
        Assert.InRange(quarterJson.RootElement.GetProperty("contacts").GetInt32(), 1, contacts - 1);
        Assert.Equal(DateTimeOffset.Parse("2026-08-15T00:00:00-04:00", CultureInfo.InvariantCulture), quarterJson.RootElement.GetProperty("period").GetProperty("from").GetDateTimeOffset());
    }

    [Fact]
    public async Task EpisodeRule_LongerWindowsAndCustomerEpisodesMergeSteps()
    {
        using var folder = new TemporaryFolder();
        string database = folder.File("j.db");

        DemoRun week = await DemoProcess.RunAsync("report", "--db", database, "--as-of", AsOf, "--format", "json");
        DemoRun month = await DemoProcess.RunAsync("report", "--db", database, "--as-of", AsOf, "--format", "json", "--episode-window", "30");
        DemoRun customer = await DemoProcess.RunAsync("report", "--db", database, "--as-of", AsOf, "--format", "json", "--episodes-by", "customer");

        using JsonDocument weekJson = JsonDocument.Parse(week.Output);
        using JsonDocument monthJson = JsonDocument.Parse(month.Output);
        using JsonDocument customerJson = JsonDocument.Parse(customer.Output);
        Assert.Equal(("P7D", "campaign"), Rule(weekJson));
        Assert.Equal(("P30D", "campaign"), Rule(monthJson));
        Assert.Equal(("P7D", "customer"), Rule(customerJson));
        // The same contacts, cut into fewer episodes.
        int contacts = weekJson.RootElement.GetProperty("contacts").GetInt32();
        Assert.Equal(contacts, monthJson.RootElement.GetProperty("contacts").GetInt32());
        Assert.Equal(contacts, customerJson.RootElement.GetProperty("contacts").GetInt32());
        int episodes = weekJson.RootElement.GetProperty("episodes").GetInt32();
        Assert.InRange(monthJson.RootElement.GetProperty("episodes").GetInt32(), 1, episodes - 1);
        Assert.InRange(customerJson.RootElement.GetProperty("episodes").GetInt32(), 1, episodes - 1);

        static (string?, string?) Rule(JsonDocument json) =>
            (json.RootElement.GetProperty("episodeRule").GetProperty("window").GetString(), json.RootElement.GetProperty("episodeRule").GetProperty("grouping").GetString());
    }

    [Fact]
    public async Task SameAsOf_GivesTheSameReportFromANewStore()
    {
        using var folder = new TemporaryFolder();

        DemoRun first = await DemoProcess.RunAsync("report", "--db", folder.File("a.db"), "--as-of", AsOf, "--format", "json");
        DemoRun second = await DemoProcess.RunAsync("report", "--db", folder.File("b.db"), "--as-of", AsOf, "--format", "json");
        DemoRun text = await DemoProcess.RunAsync("report", "--db", folder.File("b.db"), "--as-of", AsOf);
        DemoRun textAgain = await DemoProcess.RunAsync("report", "--db", folder.File("a.db"), "--as-of", AsOf);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(first.Output, second.Output);
        Assert.Equal(text.Output, textAgain.Output);
    }

    [Theory]
    [InlineData("--channel", "fax", "Unknown channel 'fax'")]
    [InlineData("--episode-window", "0", "--episode-window must be a whole number of days from 1 to 365")]
    [InlineData("--episode-window", "366", "--episode-window must be a whole number of days from 1 to 365")]
    [InlineData("--episode-window", "a week", "--episode-window must be a whole number of days from 1 to 365")]
    [InlineData("--episodes-by", "team", "--episodes-by: Argument 'team' not recognized")]
    [InlineData("--period", "5", "--period: Argument '5' not recognized")]
    [InlineData("--as-of", "yesterday", "--as-of takes an ISO-8601 instant")]
    public async Task BadInput_ExitsWithTwoAndSaysWhatIsWrongOnStandardError(string option, string value, string message)
    {
        using var folder = new TemporaryFolder();

        DemoRun run = await DemoProcess.RunAsync("report", "--db", folder.File("j.db"), "--format", "json", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output.Trim());
    }

    // What the store computes over the same file, for the demo's configured time zone and the whole sample store.
    private static async Task<JourneyReport> StoreReportAsync(string database, int months, string? campaign = null, Channel? channel = null)
    {
        using SqliteJourneyStore store = await SqliteJourneyStore.OpenAsync(new SqliteJourneyStoreOptions { Path = database });
        PeriodRange period = PeriodRange.Resolve(JourneyPeriod.LastMonths(months), DateTimeOffset.Parse(AsOf, CultureInfo.InvariantCulture), s_demoZone);
        return await store.GetReportAsync(new JourneyReportQuery(period) { CampaignId = campaign, Channel = channel, Access = AccessContext.Unrestricted });
    }

    private static string Word(Channel channel) => JsonNamingPolicy.CamelCase.ConvertName(channel.ToString());
}
