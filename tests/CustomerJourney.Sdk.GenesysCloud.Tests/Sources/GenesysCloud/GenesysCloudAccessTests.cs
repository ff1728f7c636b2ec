using CustomerJourney.Access;
using CustomerJourney.Client;
using CustomerJourney.Fixtures;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>Divisions (R15) and permissions (contract §6): the SDK's access rules apply to the sessions' divisions; a 403 names what is missing.</summary>
public class GenesysCloudAccessTests
{
    private const string Phone = "+353871234567";

    private static readonly DateTimeOffset s_now = DateTimeOffset.UtcNow;

    private static Task<JourneyResult> LookUp(GenesysHost host, AccessContext access) =>
        host.Client.GetJourneyAsync(new JourneyQuery(LookupKey.Parse(Phone, "IE")) { Access = access, Period = JourneyPeriod.LastMonths(1) });

    [Fact]
    public async Task DivisionIds_AreTheInteractionsDivisions_AnAgentSeesOnlyThoseTheirRoleGrants_R15()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.AddContact("c-maeve", ("Phone", Phone)).AddSessions(
            "c-maeve",
            GenesysSessions.Conversation("s-sales", s_now.AddDays(-1), s_now.AddDays(-1).AddMinutes(3), divisions: "d-sales"),
            GenesysSessions.Conversation("s-care", s_now.AddDays(-2), s_now.AddDays(-2).AddMinutes(3), divisions: "d-care"),
            GenesysSessions.Web("w-both", s_now.AddDays(-3), ended: s_now.AddDays(-3).AddMinutes(9), divisions: ["d-sales", "d-care"]));

        JourneyResult sales = await LookUp(host, AccessContext.ForDivisions(JourneyPermissions.All, "d-sales"));
        JourneyResult all = await LookUp(host, AccessContext.Unrestricted);

        Assert.Equal(["w-both", "s-sales"], sales.Items.Select(i => i.Interaction.Id));
        Assert.Equal(["d-sales", "d-care"], all.Items.Single(i => i.Interaction.Id == "w-both").Interaction.Divisions);
        Assert.Equal(3, all.TotalCount);
    }

    [Fact]
    public async Task UndividedAgent_SeesNoDivisionedSession_R15()
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.AddContact("c-maeve", ("Phone", Phone)).AddSessions(
            "c-maeve",
            GenesysSessions.Conversation("s-sales", s_now.AddDays(-1), s_now.AddDays(-1).AddMinutes(3), divisions: "d-sales"));

        JourneyResult result = await LookUp(host, AccessContext.Undivided);

        Assert.Equal(SourceState.Ok, result.Sources[0].State);
        Assert.Empty(result.Items);
    }

    [Theory]
    [InlineData("/api/v2/externalcontacts/identifierlookup/contacts", "externalContacts:contact:view")]
    [InlineData("/journey/sessions", "externalContacts:session:view")]
    public async Task Forbidden_IsAFailedStatus_ThatNamesTheMissingPermission(string path, string permission)
    {
        await using GenesysHost host = await GenesysHost.StartAsync();
        host.Api.AddContact("c-maeve", ("Phone", Phone)).AddSessions("c-maeve", GenesysSessions.Conversation("s-1", s_now.AddDays(-1), s_now.AddDays(-1)));
        host.Api.Intercept = async context =>
        {
            if (!context.Request.Path.Value!.EndsWith(path, StringComparison.Ordinal))
            {
                return false;
            }

            await GenesysFake.ErrorAsync(context, 403, "missing.any.permissions");
            return true;
        };

        JourneyResult result = await LookUp(host, AccessContext.Unrestricted);

        SourceStatus status = result.Sources[0];
        Assert.Equal(SourceState.Failed, status.State);
        Assert.Contains("HTTP 403", status.Message, StringComparison.Ordinal);
        Assert.Contains(permission, status.Message, StringComparison.Ordinal);
        Assert.Equal(1, host.Api.Requests.Count(r => r.Path.EndsWith(path, StringComparison.Ordinal)));
    }
}
