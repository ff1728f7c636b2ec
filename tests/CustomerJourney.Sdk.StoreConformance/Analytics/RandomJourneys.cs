using CsCheck;
using CustomerJourney.Access;
using CustomerJourney.Analytics;
using CustomerJourney.Model;
using CustomerJourney.Paths;
using CustomerJourney.Query;

namespace CustomerJourney.Stores.Conformance.Analytics;

/// <summary>
/// Random data sets and report queries for the property tests: a few customers with clustered
/// steps (episodes form and break), ties in start with sources that order differently by UTF-16 and
/// by UTF-8, every channel and part, divisions, survey kinds the SDK does not know, steps before
/// the period and in its follow-up.
/// </summary>
public static class RandomJourneys
{
    public static readonly DateTimeOffset Origin = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // "Ｂ" (U+FF22) sorts before "😀" by code point and UTF-8 bytes, after it by UTF-16 units.
    private static readonly string[] s_sources = ["Alpha", "Beta", "\uFF22", "\U0001F600"];
    private static readonly string?[] s_campaigns = [null, null, "CMP-1", "CMP-2", "Débito"];
    private static readonly Channel[] s_channels = [Channel.Voice, Channel.Voice, Channel.Sms, Channel.Email, Channel.Chat, Channel.WhatsApp, Channel.WebVisit, Channel.AppVisit, Channel.KnowledgeCenter, Channel.Unknown];
    private static readonly string[][] s_divisions = [[], [], [], ["Retail"], ["Billing"], ["Retail", "Billing"]];

    private static Gen<T> Pick<T>(T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<Interaction> s_step =
        from day in Gen.Int[0, 120]
        from minute in Gen.OneOf(Gen.Const(0), Gen.Int[0, 24 * 60 - 1])
        from duration in Gen.OneOf(Gen.Const(-1), Gen.Int[0, 3 * 24 * 60])
        from channel in Pick(s_channels)
        from agentless in Gen.Int[0, 4]
        from campaign in Pick(s_campaigns)
        from outcome in Gen.Int[-1, 3]
        from selfService in Gen.Int[-1, 7]
        from surveys in Gen.Int[0, 9]
        from score in Gen.Int[0, 10]
        from divisions in Pick(s_divisions)
        from source in Pick(s_sources)
        select new Interaction
        {
            Source = source,
            Id = "pending",
            Start = Origin.AddDays(day).AddMinutes(minute),
            End = duration < 0 ? null : Origin.AddDays(day).AddMinutes(minute + duration),
            Channel = channel,
            IsAgentless = agentless == 0,
            Campaign = campaign is null ? null : new Campaign(campaign, campaign),
            Outcome = outcome < 0 ? null : new Outcome(null, "o", (OutcomeKind)outcome),
            SelfService = selfService is < 0 or > 3 ? null : new SelfServiceSession((SelfServiceKind)(selfService % 3), "flow", null, (SelfServiceResult)selfService),
            Surveys = surveys switch
            {
                0 => [new SurveyResponse("nps", SurveyKind.Nps, score, SurveyScale.ZeroToTen)],
                1 => [new SurveyResponse("csat", SurveyKind.Csat, 1 + (score % 5), SurveyScale.OneToFive), new SurveyResponse("x", SurveyKind.Unknown, score / 2.0, SurveyScale.ZeroToTen)],
                2 => [new SurveyResponse("ces", SurveyKind.Ces, 1 + (score % 7), SurveyScale.OneToSeven)],
                _ => null,
            },
            Divisions = divisions,
        };

    /// <summary>Up to 6 customers of up to 40 steps; each step a unique (source, id).</summary>
    public static readonly Gen<(LookupKey Customer, IReadOnlyList<Interaction> Journey)[]> DataSets =
        s_step.Array[0, 40].Array[1, 6].Select(customers => customers
            .Select((steps, c) => (
                LookupKey.ForEmail($"customer{c}@example.com"),
                (IReadOnlyList<Interaction>)[.. steps.Select((s, i) => s with { Id = $"c{c}-{i}" })]))
            .ToArray());

    /// <summary>A period inside the data's span, for <see cref="Many"/>.</summary>
    public static readonly PeriodRange Period = new(Origin.AddDays(20), Origin.AddDays(80));

    /// <summary>Many customers of up to 40 steps each, the same for the same seed.</summary>
    public static (LookupKey Customer, IReadOnlyList<Interaction> Journey)[] Many(int customers, int seed)
    {
        var random = new Random(seed);
        var pcg = new PCG((uint)seed);
        var journeys = new (LookupKey, IReadOnlyList<Interaction>)[customers];
        for (int c = 0; c < customers; c++)
        {
            Interaction[] steps = [.. Enumerable.Range(0, random.Next(1, 41)).Select(i => s_step.Generate(pcg, null!, out _) with { Id = $"m{c}-{i}" })];
            journeys[c] = (LookupKey.ForEmail($"many{c:D5}@example.com"), steps);
        }

        return journeys;
    }

    /// <summary>A period inside the data's span, a window of 1 to 12 days, sometimes a filter, one of four access contexts.</summary>
    public static readonly Gen<JourneyReportQuery> Queries =
        from first in Gen.Int[10, 50]
        from length in Gen.Int[5, 60]
        from window in Gen.Int[1, 12]
        from grouping in Gen.Int[0, 1]
        from campaign in Pick<string?>([null, null, null, "CMP-1", "Débito"])
        from channel in Pick<Channel?>([null, null, null, Channel.Voice, Channel.Chat])
        from access in Gen.Int[0, 3]
        from paths in Gen.Int[1, 12]
        select new JourneyReportQuery(new PeriodRange(Origin.AddDays(first), Origin.AddDays(first + length)))
        {
            Episodes = new EpisodeRule { Window = TimeSpan.FromDays(window), Grouping = (EpisodeGrouping)grouping },
            CampaignId = campaign,
            Channel = channel,
            MaxPaths = paths,
            Access = access switch
            {
                0 => AccessContext.Unrestricted,
                1 => HandMadeReports.Billing,
                2 => HandMadeReports.RetailOnly,
                _ => AccessContext.ForDivisions(JourneyPermissions.Surveys, "Retail", "Billing") with { SeesUndivided = true },
            },
        };
}
