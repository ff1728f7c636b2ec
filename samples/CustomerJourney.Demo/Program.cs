using System.CommandLine;
using CustomerJourney.Client;
using CustomerJourney.Demo;
using CustomerJourney.Demo.Rendering;
using CustomerJourney.Demo.SampleData;
using CustomerJourney.Grid;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using GridColumn = CustomerJourney.Grid.GridColumn;
using Spectre.Console;

RootCommand command = DemoOptions.Command();
command.SetAction(RunAsync);
return await command.Parse(args).InvokeAsync();

static async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
{
    IAnsiConsole console = AnsiConsole.Console;
    TimeProvider clock = parsed.GetValue(DemoOptions.AsOf) is { } asOf ? new FixedTimeProvider(asOf) : TimeProvider.System;
    DateTimeOffset now = clock.GetUtcNow();

    var options = new JourneyClientOptions { TimeZone = parsed.GetValue(DemoOptions.TimeZone)! };
    var campaignManager = new InMemoryJourneySource(SampleJourneys.CampaignManager, SourceCapabilities.PhoneLookup | SourceCapabilities.CampaignListings);
    var dataCloud = new InMemoryJourneySource(SampleJourneys.DataCloud);
    foreach (SampleCustomer customer in SampleJourneys.Customers)
    {
        LookupKey phone = LookupKey.Parse(customer.Phone, options.DefaultRegion);
        Interaction[] history = [.. SampleJourneys.For(customer, now)];
        campaignManager.Add(phone, history.Where(i => i.Source == SampleJourneys.CampaignManager)).List(phone, SampleJourneys.Campaigns.Take(3));
        dataCloud.Add(phone, history.Where(i => i.Source == SampleJourneys.DataCloud)).List(phone, SampleJourneys.Campaigns.Skip(2));
        dataCloud.Add(LookupKey.ForEmail(customer.Email), history.Where(i => i.Source == SampleJourneys.DataCloud));
    }

    JourneyClient client;
    try
    {
        client = new JourneyClient([campaignManager, dataCloud], options, clock);
    }
    catch (ArgumentException exception)
    {
        console.MarkupLine($"[red]{Markup.Escape(exception.Message)}[/]");
        return 2;
    }

    string input = parsed.GetValue(DemoOptions.Email) ?? parsed.GetValue(DemoOptions.Phone) ?? SampleJourneys.Customers[0].Phone;
    if (!LookupKey.TryParse(input, options.DefaultRegion, out LookupKey key, out LookupKeyError error))
    {
        console.MarkupLine($"[red]Cannot look that up: {Markup.Escape(InvalidLookupKeyException.Describe(error))}[/]");
        return 2;
    }

    string? channelName = parsed.GetValue(DemoOptions.Channel);
    Channel? channel = channelName is null ? null : InteractionVocabulary.ParseChannel(channelName);
    if (channel == Channel.Unknown)
    {
        console.MarkupLine($"[red]Unknown channel '{Markup.Escape(channelName!)}': use voice, sms, email or chat.[/]");
        return 2;
    }

    if (!DemoOptions.TryParseSort(parsed.GetValue(DemoOptions.Sort)!, out GridColumn sortColumn, out SortDirection sortDirection))
    {
        console.MarkupLine($"[red]Unknown sort '{Markup.Escape(parsed.GetValue(DemoOptions.Sort)!)}'.[/]");
        return 2;
    }

    var query = new JourneyQuery(key)
    {
        Direction = parsed.GetValue(DemoOptions.Direction) switch
        {
            "inbound" => CallDirection.Inbound,
            "manual-outbound" => CallDirection.ManualOutbound,
            "none" => CallDirection.None,
            _ => CallDirection.Outbound,
        },
        Period = JourneyPeriod.LastMonths(parsed.GetValue(DemoOptions.Period)),
        Filter = new JourneyFilter { CampaignId = parsed.GetValue(DemoOptions.Campaign), Channel = channel, Text = parsed.GetValue(DemoOptions.Search) },
    };

    JourneyResult result = await client.GetJourneyAsync(query, cancellationToken);
    new TextRenderer(console).Render(result, key.Value, client.TimeZone, parsed.GetValue(DemoOptions.View) == "grid", sortColumn, sortDirection);
    return 0;
}
