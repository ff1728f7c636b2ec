namespace CustomerJourney.Widget.SignIn;

/// <summary>A demo agent of the development sign-in: who they are and what they may see.</summary>
/// <param name="Id">The agent's id, the <c>agent</c> of <c>/dev/sign-in?agent=…</c>.</param>
/// <param name="Name">Their display name.</param>
/// <param name="Divisions">The divisions they belong to (the sample data's are <c>Sales</c>, <c>Collections</c> and <c>Retail</c>).</param>
/// <param name="Permissions">Their permission claims (<c>outcomes</c>, <c>scores</c>, <c>segments</c>, <c>wrapUpCodes</c>, <c>queues</c>, <c>recordings</c>, <c>surveys</c>, <c>all</c>).</param>
internal sealed record DemoAgent(string Id, string Name, IReadOnlyList<string> Divisions, IReadOnlyList<string> Permissions)
{
    /// <summary>Agent A works Sales and Retail with every permission; agent B works Collections and sees no scores, recordings or survey answers.</summary>
    public static IReadOnlyList<DemoAgent> All { get; } =
    [
        new("agent-a", "Agent A (Sales, Retail)", ["Sales", "Retail"], ["all"]),
        new("agent-b", "Agent B (Collections)", ["Collections"], ["outcomes", "segments", "wrapUpCodes", "queues"]),
    ];
}
