using CustomerJourney.Model;

namespace CustomerJourney.Demo.SampleData;

/// <summary>
/// The answers generated customers give to the survey sent after a contact: NPS after calls, a
/// satisfaction rating after chats, messages and e-mails, an effort score after self-service.
/// Scores follow how the episode went (a resolved question scores high, an unresolved one low),
/// so the report's scores by path and by channel tell the difference; some answers carry a comment.
/// </summary>
internal static class SampleSurveys
{
    private static readonly string[] s_pleased =
    [
        "Quick and friendly, thank you.",
        "Sorted in one go.",
        "Very clear explanation of the options.",
        "Service impeccable, merci.",
        "Muy amable, todo resuelto.",
        "Schnell und freundlich.",
    ];

    private static readonly string[] s_lukewarm =
    [
        "Took a while but got there.",
        "Had to explain the problem twice.",
        "Fine, but the hold music is too loud.",
        "Correct, sans plus.",
    ];

    private static readonly string[] s_displeased =
    [
        "Third time I have had to get in touch about this.",
        "Still not fixed.",
        "Waited far too long on hold.",
        "Le problème n'est toujours pas réglé.",
        "Nadie me devolvió la llamada.",
    ];

    /// <summary>The customer's answer about a contact, or <see langword="null"/> when they did not answer.</summary>
    /// <param name="random">The customer's random numbers.</param>
    /// <param name="contact">The contact the survey is about (it has ended).</param>
    /// <param name="attempt">Which contact of its episode it is: having to come back sours the answer.</param>
    /// <param name="chance">How likely the customer answers, 0–1.</param>
    public static SurveyResponse? About(Random random, Interaction contact, int attempt, double chance)
    {
        if (random.NextDouble() >= chance || contact.End is not { } end)
        {
            return null;
        }

        // How the customer feels: 0 (displeased) to 1 (pleased), from where the contact got to, how many it took, and the channel.
        double outcome = contact.Outcome?.Kind switch
        {
            OutcomeKind.Success => 0.93,
            OutcomeKind.Failure => 0.3,
            _ => contact.SelfService?.Result == SelfServiceResult.Abandoned ? 0.35 : 0.72,
        };
        double channel = contact.Channel switch
        {
            Channel.Chat => 0.03,
            Channel.WebMessaging => 0.05,
            Channel.Email => -0.06,
            _ => 0,
        };
        double mood = Math.Clamp(outcome + channel - (0.06 * (attempt - 1)) + ((random.NextDouble() - 0.5) * 0.4), 0, 1);
        SurveyResponse response = contact.SelfService is { Result: not SelfServiceResult.HandedToAgent } && contact.AgentName is null
            ? new SurveyResponse("Self-service effort", SurveyKind.Ces, 1 + Math.Round(mood * 6), SurveyScale.OneToSeven)
            : contact.Channel == Channel.Voice
                ? new SurveyResponse("Post-call NPS", SurveyKind.Nps, Math.Round(mood * 10), SurveyScale.ZeroToTen)
                : new SurveyResponse(contact.Channel == Channel.Email ? "E-mail satisfaction" : "Chat satisfaction", SurveyKind.Csat, 1 + Math.Round(mood * 4), SurveyScale.OneToFive);
        string[] comments = mood >= 0.7 ? s_pleased : mood >= 0.45 ? s_lukewarm : s_displeased;
        return response with
        {
            Comment = random.Next(100) < 35 ? comments[random.Next(comments.Length)] : null,
            RespondedAt = end.AddMinutes(5 + random.Next(600)),
        };
    }
}
