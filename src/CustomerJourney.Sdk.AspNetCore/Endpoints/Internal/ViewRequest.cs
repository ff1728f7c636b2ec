using System.Globalization;
using CustomerJourney.Client;
using CustomerJourney.Model;
using CustomerJourney.Query;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CustomerJourney.AspNetCore.Endpoints;

/// <summary>
/// The filters every view of a lookup takes from its query string, parsed here (not by model
/// binding) so a bad value answers with its own problem code.
/// </summary>
internal sealed class ViewRequest
{
    private const int MaxSearchLength = 200;

    /// <summary>The lookup's handle.</summary>
    [FromRoute(Name = "handle")]
    public string Handle { get; init; } = "";

    /// <summary>Months back from now: 3, 6, 9 or 12 in the widget (1 to 120, cut to the months fetched); the months fetched when absent.</summary>
    [FromQuery(Name = "period")]
    public string? Period { get; init; }

    /// <summary>The campaign id to keep (the primary filter).</summary>
    [FromQuery(Name = "campaign")]
    public string? Campaign { get; init; }

    /// <summary>The channel word to keep (<c>voice</c>, <c>sms</c>, <c>webMessaging</c>…), within the campaign.</summary>
    [FromQuery(Name = "channel")]
    public string? Channel { get; init; }

    /// <summary>Free text, matched against what the agent reads (accents and case ignored).</summary>
    [FromQuery(Name = "search")]
    public string? Search { get; init; }

    /// <summary>Turns the query string into a view of the journey, or the problem with it.</summary>
    public bool TryApply(JourneyResult journey, int fetchedMonths, out JourneyResult view, out ProblemHttpResult? problem)
    {
        view = journey;
        problem = null;
        Channel? channel = null;
        if (!string.IsNullOrEmpty(Channel))
        {
            if (!TryParseWord(Channel, out Channel parsed) || parsed == Model.Channel.Unknown)
            {
                problem = JourneyProblem.BadRequest(JourneyErrorCodes.InvalidChannel, "Unknown channel.", "Use a channel word of the JSON form: voice, sms, email, chat, webMessaging, whatsApp, line, twitter, facebookMessenger, appleMessages, webVisit, appVisit.");
                return false;
            }

            channel = parsed;
        }

        if (Search is { Length: > MaxSearchLength })
        {
            problem = JourneyProblem.BadRequest(JourneyErrorCodes.InvalidSearch, "The search text is too long.", $"Search with at most {MaxSearchLength} characters.");
            return false;
        }

        if (!string.IsNullOrEmpty(Period))
        {
            if (!int.TryParse(Period, NumberStyles.None, CultureInfo.InvariantCulture, out int months) || months < 1 || months > JourneyPeriod.MaxMonths)
            {
                problem = JourneyProblem.BadRequest(JourneyErrorCodes.InvalidPeriod, "Unknown period.", $"Give the period in months, 1 to {JourneyPeriod.MaxMonths} (the widget offers 3, 6, 9 and 12); a period longer than the {fetchedMonths} months fetched shows them all.");
                return false;
            }

            if (months < fetchedMonths)
            {
                view = view.WithPeriod(JourneyPeriod.LastMonths(months));
            }
        }

        var filter = new JourneyFilter { CampaignId = string.IsNullOrEmpty(Campaign) ? null : Campaign, Channel = channel, Text = Search };
        view = view.WithFilter(filter);
        return true;
    }

    /// <summary>A camelCase word of the JSON form as the enum value it names; numbers and unknown words are not values.</summary>
    public static bool TryParseWord<T>(string word, out T value)
        where T : struct, Enum
    {
        value = default;
        return word.Length > 0 && char.IsAsciiLetter(word[0]) && Enum.TryParse(word, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
