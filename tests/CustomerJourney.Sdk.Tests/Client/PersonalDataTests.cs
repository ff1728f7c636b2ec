using CustomerJourney.Access;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;
using CustomerJourney.Sources;
using Microsoft.Extensions.Time.Testing;

namespace CustomerJourney.Client;

/// <summary>Personal data outside logs: statuses and <c>ToString()</c> carry no key or search text (the HTTP sources' own checks, traces included, are in their tests).</summary>
public class PersonalDataTests
{
    private const string Phone = "+14155550100";

    [Fact]
    public async Task CustomSourceMessages_QuotingTheKeyInAnyForm_AreShownWithTheKeyMasked()
    {
        LookupKey key = LookupKey.Parse(Phone, "US");
        var failing = ScriptedSource.Throwing("Tickets", new JourneySourceException("Tickets", "no ticket for (415) 555-0100, 1-415-555-0100, +1.415.555.0100, %2B14155550100 or 4155550100 (ask jane.DOE@Example.com)"));
        var warning = new ScriptedSource("Notes", (_, _) => Task.FromResult<IReadOnlyList<Interaction>>(new SourceInteractions([], ["skipped a note of 415 555 0100"])));
        var client = new JourneyClient([failing, warning], timeProvider: new FakeTimeProvider(JourneyResults.Now));

        JourneyResult result = await client.GetJourneyAsync(new JourneyQuery(key));

        string message = result.Sources[0].Message!;
        Assert.StartsWith("no ticket for +14*******00, +14*******00, +14*******00, +14*******00 or +14*******00 (ask j***@***.com)", message, StringComparison.Ordinal);
        Assert.Equal(["skipped a note of +14*******00"], result.Sources[1].Warnings);
    }

    [Fact]
    public async Task CustomSourceMessages_QuotingAnAddressOrWebId_AreShownMasked()
    {
        LookupKey email = LookupKey.ForEmail("dana.reyes@example.com");
        var failing = ScriptedSource.Throwing("Tickets", new JourneySourceException("Tickets", "nothing for DANA.REYES@EXAMPLE.COM nor dana.reyes%40example.com"));
        var client = new JourneyClient([failing], timeProvider: new FakeTimeProvider(JourneyResults.Now));

        JourneyResult result = await client.GetJourneyAsync(new JourneyQuery(email));

        Assert.Equal("nothing for D***@***.COM nor d***@***.com", result.Sources[0].Message);
    }

    [Fact]
    public void ToString_OfQueriesFiltersAndSourceQueries_CarriesNoKeyOrSearchText()
    {
        LookupKey key = LookupKey.Parse(Phone, "US");
        var query = new JourneyQuery(key) { Filter = new JourneyFilter { CampaignId = "CMP-7", Text = "ssn 078-05-1120" }, Access = AccessContext.ForDivisions(JourneyPermissions.All, "Retail") };

        string text = query + " " + query.Filter + " " + new SourceQuery(key, JourneyResults.Now.AddDays(-1), JourneyResults.Now);

        Assert.Contains("+14*******00", text, StringComparison.Ordinal);
        Assert.Contains("CMP-7", text, StringComparison.Ordinal);
        Assert.Contains("(15 characters)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("4155550100", text, StringComparison.Ordinal);
        Assert.DoesNotContain("078-05", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ssn", text, StringComparison.Ordinal);
    }
}
