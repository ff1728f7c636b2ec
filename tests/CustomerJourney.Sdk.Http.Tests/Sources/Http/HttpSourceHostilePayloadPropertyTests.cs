using System.Text;
using CsCheck;
using CustomerJourney.Client;
using CustomerJourney.Fixtures.Servers;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Sources.Http;

/// <summary>
/// Generated hostile pages over real HTTP: whatever the Data Cloud sends, the lookup returns, the
/// other source's data is intact, and the Data Cloud either answers with only records it could
/// read (the rest counted in warnings) or fails with a message of its own.
/// </summary>
public class HttpSourceHostilePayloadPropertyTests
{
    private const string Phone = "+14155550100";

    // Values a broken or hostile server puts where a string, a time or an object belongs.
    private static readonly string[] s_values =
    [
        "12345", "-1", "1e309", "true", "null", "{}", "[]", "[1,2]", "{\"a\":{\"b\":[]}}", "\"\"",
        "\"\\ud800\"", "\"x\\udc00y\"", "\"\\u0000\"", "\"\\u202Eevil\"", "\"05/10/2026 09:15\"", "\"2026-10-05\"",
        "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\"", "\"" + new string('x', 5000) + "\"", "\"Débito ✓\"",
    ];

    private static readonly string[] s_fields = ["id", "callStartTime", "callEndTime", "outcome", "outcomeType", "agentName", "agentComments", "channelType", "channelDirection", "contactMode", "campaign", "phoneNumber"];

    private static readonly Gen<(int Field, int Value)[]> s_mutations = Gen.Select(Gen.Int[0, s_fields.Length - 1], Gen.Int[0, s_values.Length - 1]).Array[0, 4];

    private static readonly Gen<(bool Bom, (int Field, int Value)[][] Records, int Cut, int Garbage)> s_pages =
        Gen.Select(Gen.Bool, s_mutations.Array[1, 6], Gen.Int[0, 12], Gen.Int[0, 8]);

    [Fact]
    public async Task AnyPage_CostsAtMostTheDataCloud_AndOnlyItsUnreadableRecords()
    {
        await using HttpJourneyHost host = await HttpJourneyHost.StartAsync();
        host.CampaignManagerApi.Add(Phone, WireRecords.CampaignManager("CM-1", HttpJourneyHost.Ago(5)));
        byte[] body = [];
        host.DataCloud.Handler = async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(body);
        };
        var query = new JourneyQuery(LookupKey.Parse(Phone, "US")) { Direction = CallDirection.Outbound, Filter = new JourneyFilter { Text = "débito \ud800" } };

        await s_pages.SampleAsync(
            async page =>
            {
                body = Build(page, out HashSet<string> intact, out HashSet<string> sent);
                JourneyResult result = await host.Client.GetJourneyAsync(query);
                _ = result.WithFilter(JourneyFilter.None).Facets;

                SourceStatus dataCloud = result.Sources[1];
                string[] fromDataCloud = [.. result.WithFilter(JourneyFilter.None).Items.Where(i => i.Interaction.Source == "DataCloud").Select(i => i.Interaction.Id)];
                bool otherIntact = result.Sources[0].IsOk && result.WithFilter(JourneyFilter.None).Items.Any(i => i.Interaction.Id == "CM-1");
                bool dataCloudHonest = dataCloud.State switch
                {
                    // Every record that was left whole comes back; nothing comes back that was not sent.
                    SourceState.Ok => intact.All(fromDataCloud.Contains) && fromDataCloud.All(sent.Contains),
                    SourceState.Failed => dataCloud.Message!.StartsWith("DataCloud ", StringComparison.Ordinal),
                    _ => false,
                };
                return otherIntact && dataCloudHonest;
            },
            iter: 150,
            threads: 1);
    }

    // A page of records, some fields of some records replaced by hostile values, optionally a BOM,
    // garbage after the document, or the document cut short. The ids of the records no mutation touched come back.
    private static byte[] Build((bool Bom, (int Field, int Value)[][] Records, int Cut, int Garbage) page, out HashSet<string> intact, out HashSet<string> sent)
    {
        intact = [];
        sent = [];
        var json = new StringBuilder("{\"items\": [");
        for (int r = 0; r < page.Records.Length; r++)
        {
            var fields = new Dictionary<string, string>
            {
                ["id"] = $"\"DC-{r}\"",
                ["callStartTime"] = $"\"{HttpJourneyHost.Ago(1 + r)}\"",
                ["channelType"] = "\"Voice\"",
                ["channelDirection"] = "\"Inbound\"",
                ["agentComments"] = "\"Upgraded to the family plan\"",
            };
            foreach ((int field, int value) in page.Records[r])
            {
                fields[s_fields[field]] = s_values[value];
            }

            try
            {
                if (System.Text.Json.JsonSerializer.Deserialize<string>(fields["id"]) is { } id)
                {
                    sent.Add(id);
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // Not a string: that record cannot come back.
            }

            if (page.Records[r].Length == 0)
            {
                intact.Add($"DC-{r}");
            }

            json.Append(r == 0 ? string.Empty : ",").Append('{').AppendJoin(',', fields.Select(f => $"\"{f.Key}\": {f.Value}")).Append('}');
        }

        json.Append("], \"cursor\": {\"next\": null}}");
        string text = json.ToString();
        if (page.Cut == 1)
        {
            text = text[..(text.Length / 2)]; // cut short: malformed, the source fails
            intact.Clear();
        }

        if (page.Garbage == 1)
        {
            text += " trailing";
            intact.Clear();
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text);
        return page.Bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }
}
