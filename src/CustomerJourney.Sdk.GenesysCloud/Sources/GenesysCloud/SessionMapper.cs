using CustomerJourney.Model;
using CustomerJourney.Sources.GenesysCloud.Api;
using CustomerJourney.Sources.Http;

namespace CustomerJourney.Sources.GenesysCloud;

/// <summary>
/// A journey session as the SDK's interaction (docs/sources/genesys-cloud.md, "Mapping"): the
/// channel from the session's type and conversation channels, the direction, the last queue and
/// agent, the wrap-up code and notes, divisions, segments the agent may see, outcomes achieved,
/// the visit's device, referrer and last page, the marketing campaign (UTM), and the last activity the live status
/// (R14) runs on. What the SDK does not know is kept as raw text, never a failure.
/// </summary>
internal static class SessionMapper
{
    /// <summary>The interaction; <see langword="null"/> when the session has no id or start (counted in <paramref name="problems"/>).</summary>
    public static Interaction? Map(Session session, Func<string, string, string?> name, Func<string, NameDirectory.Resolved?> segment, RecordProblems problems)
    {
        if (string.IsNullOrWhiteSpace(session.Id))
        {
            problems.WithoutIdOrStart();
            return null;
        }

        if (problems.Start(session.CreatedDate) is not { } start)
        {
            return null;
        }

        (Channel channel, string? raw) = ChannelOf(session);
        bool visit = channel is Channel.WebVisit or Channel.AppVisit;
        string? queue = session.LastConnectedQueue?.Id is { } queueId ? name("queue", queueId) ?? queueId : null;
        string? agent = session.LastConnectedUser?.Id is { } userId ? name("user", userId) ?? userId : null;
        return new Interaction
        {
            Source = GenesysCloudSource.SourceName,
            Id = session.Id,
            Start = start,
            End = problems.End(session.EndedDate),
            Channel = channel,
            SourceChannel = raw,
            Direction = InteractionVocabulary.ParseDirection(session.OriginatingDirection),
            IsAgentless = visit,
            LastActivity = WireTime.Parse(session.LastEvent?.CreatedDate) ?? start,
            Hops = queue is null && agent is null ? null : [new TransferHop(queue, agent)],
            AgentName = agent,
            WrapUpCode = session.LastUserDisposition?.Code is { Length: > 0 } code ? name("wrapup", code) ?? code : null,
            Notes = session.LastUserDisposition?.Notes,
            Outcome = OutcomeOf(session.LastAcdOutcome),
            Divisions = session.DivisionIds is { Count: > 0 } divisions ? [.. divisions.Where(d => !string.IsNullOrEmpty(d))] : [],
            Segments = Segments(session, segment),
            OutcomeProgress = session.OutcomeAchievements is { Count: > 0 } achieved
                ? [.. achieved.Where(a => a.Outcome?.Id is not null).Select(a => new OutcomeProgress(name("outcome", a.Outcome!.Id!) ?? a.Outcome!.Id!, null, 1.0))]
                : null,
            WebVisit = visit ? VisitOf(session) : null,
            Marketing = MarketingOf(session.MktCampaign),
        };
    }

    // §8b: the session's type for visits, else the conversation's channels; an unknown one is kept raw.
    private static (Channel Channel, string? Raw) ChannelOf(Session session)
    {
        if (session.Conversation is not null || session.ConversationChannels is { Count: > 0 })
        {
            foreach (ConversationChannel conversation in session.ConversationChannels ?? [])
            {
                Channel mapped = ConversationChannelOf(conversation);
                if (mapped != Channel.Unknown)
                {
                    return (mapped, null);
                }
            }

            ConversationChannel? first = session.ConversationChannels is { Count: > 0 } all ? all[0] : null;
            return (Channel.Unknown, first is null ? session.Type : string.Join('/', new[] { first.Type, first.MessageType }.Where(p => !string.IsNullOrEmpty(p))));
        }

        return (session.Type ?? string.Empty).ToLowerInvariant() switch
        {
            "web" => (Channel.WebVisit, null),
            "app" => (Channel.AppVisit, null),
            _ => (Channel.Unknown, session.Type),
        };
    }

    private static Channel ConversationChannelOf(ConversationChannel channel) => (channel.Type ?? string.Empty).ToLowerInvariant() switch
    {
        "voice" or "call" or "callback" => Channel.Voice,
        "email" => Channel.Email,
        "webchat" or "chat" => Channel.WebMessaging,
        "cobrowse" => Channel.CoBrowse,
        "messaging" or "message" or "social" => (channel.MessageType ?? string.Empty).ToLowerInvariant() switch
        {
            "sms" => Channel.Sms,
            "whatsapp" => Channel.WhatsApp,
            "line" => Channel.Line,
            "twitter" => Channel.Twitter,
            "facebook" => Channel.FacebookMessenger,
            "instagram" => Channel.InstagramDirect,
            "apple" => Channel.AppleMessages,
            "webmessaging" or "open" => Channel.WebMessaging,
            _ => Channel.Unknown,
        },
        _ => Channel.Unknown,
    };

    // The queue's outcome: an abandoned call is the failure an agent should see (red dot, R11).
    private static Outcome? OutcomeOf(string? acd) => (acd ?? string.Empty).ToLowerInvariant() switch
    {
        "" => null,
        "abandon" => new Outcome("Abandon", "Abandoned in queue", OutcomeKind.Failure),
        "answered" => new Outcome("Answered", "Answered", OutcomeKind.Neutral),
        "flowout" => new Outcome("FlowOut", "Flowed out of the queue", OutcomeKind.Neutral),
        _ => new Outcome(acd, acd!, OutcomeKind.Neutral),
    };

    // Only the segments the org lets agents see (shouldDisplayToAgent); one whose definition cannot be read is not shown.
    private static SegmentMatch[]? Segments(Session session, Func<string, NameDirectory.Resolved?> segment)
    {
        if (session.SegmentAssignments is not { Count: > 0 } assignments)
        {
            return null;
        }

        SegmentMatch[] shown =
        [
            .. assignments
                .Where(a => a.Segment?.Id is not null && WireTime.Parse(a.AssignedDate) is not null)
                .Select(a => (Assignment: a, Definition: segment(a.Segment!.Id!)))
                .Where(s => s.Definition is { ShouldDisplayToAgent: true })
                .Select(s => new SegmentMatch(s.Assignment.Segment!.Id!, s.Definition!.Name ?? s.Assignment.Segment.Id!, WireTime.Parse(s.Assignment.AssignedDate)!.Value))
                .OrderBy(s => s.AssignedAt),
        ];
        return shown.Length == 0 ? null : shown;
    }

    private static WebVisitDetails VisitOf(Session session)
    {
        string? device = Join([session.Device?.Category, Join([session.Device?.OsFamily, session.Device?.OsVersion], " "), Join([session.Browser?.Family, session.Browser?.Version], " "), session.App is { } app ? Join([app.Name, app.Version], " ") : null]);
        string? referrer = Join([session.Referrer?.Medium, session.Referrer?.Name ?? session.Referrer?.Domain]);
        // Host and path only: a query string or fragment may carry personal data.
        string? page = session.LastPage is { } last && (last.Hostname ?? last.Domain) is { } host ? host + (last.Pathname ?? string.Empty) : null;
        return new WebVisitDetails(device, referrer, page, session.PageviewCount);
    }

    // The UTM-style campaign of a visit (or of the conversation it led to); none when every part is blank.
    private static MarketingTouch? MarketingOf(MarketingCampaign? campaign)
    {
        if (campaign is null)
        {
            return null;
        }

        var touch = new MarketingTouch(Blank(campaign.Name), Blank(campaign.Source), Blank(campaign.Medium), Blank(campaign.Term), Blank(campaign.Content));
        return touch == new MarketingTouch(null, null, null) ? null : touch;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Join(string?[] parts, string separator = " · ")
    {
        string[] present = [.. parts.Where(p => !string.IsNullOrWhiteSpace(p))!];
        return present.Length == 0 ? null : string.Join(separator, present);
    }
}
