using CustomerJourney.Model;

namespace CustomerJourney.Demo.SampleData;

/// <summary>
/// Why an episode of a generated customer happened: the campaign its steps share (none for a
/// service question), how often it comes up, whether the organisation calls out for it, the advert
/// that brings customers to the web site for it, and the outcomes that resolve or close it.
/// </summary>
/// <param name="Campaign">The campaign; <see langword="null"/> for service questions.</param>
/// <param name="Weight">How often it comes up, relative to the others.</param>
/// <param name="CallsOut">Whether the organisation starts the episode (a dialer call, a reminder).</param>
/// <param name="Advert">The marketing that brings customers in for it; <see langword="null"/> when none.</param>
/// <param name="Success">The outcome that resolves it.</param>
/// <param name="Failure">The outcome that closes it unresolved.</param>
/// <param name="Reminder">The text flow the organisation may start it with (the customer can settle it there); <see langword="null"/> when none.</param>
internal sealed record SampleReason(Campaign? Campaign, int Weight, bool CallsOut, MarketingTouch? Advert, Outcome Success, Outcome Failure, string? Reminder = null)
{
    public static IReadOnlyList<SampleReason> All { get; } =
    [
        new(null, 40, CallsOut: false, null, new("FIXED", "Issue resolved", OutcomeKind.Success), new("UNRES", "Not resolved", OutcomeKind.Failure)),
        new(Named("CMP-12"), 16, CallsOut: false, new("fibre-upgrade", "google", "cpc", "fibre broadband"), new("SALE", "Sale", OutcomeKind.Success), new("NOSALE", "No sale", OutcomeKind.Failure)),
        new(Named("CMP-3"), 10, CallsOut: false, new("spring-offers", "facebook", "paid-social", Content: "carousel-b"), new("SALE", "Sale", OutcomeKind.Success), new("NOSALE", "No sale", OutcomeKind.Failure)),
        new(Named("CMP-7"), 14, CallsOut: true, null, new("RENEW", "Renewed", OutcomeKind.Success), new("REFUSED", "Refused", OutcomeKind.Failure)),
        new(Named("CMP-9"), 12, CallsOut: true, null, new("PTP", "Promise to pay", OutcomeKind.Success), new("REFUSED", "Refused", OutcomeKind.Failure), Reminder: "Pay by text"),
        new(Named("CMP-15"), 8, CallsOut: true, null, new("KEPT", "Kept the plan", OutcomeKind.Success), new("CANCEL", "Cancelled", OutcomeKind.Failure)),
    ];

    private static readonly int s_totalWeight = All.Sum(r => r.Weight);

    public static SampleReason Pick(Random random)
    {
        int draw = random.Next(s_totalWeight);
        foreach (SampleReason reason in All)
        {
            draw -= reason.Weight;
            if (draw < 0)
            {
                return reason;
            }
        }

        return All[^1];
    }

    private static Campaign Named(string id) => SampleJourneys.Campaigns.Single(c => c.Id == id);
}
