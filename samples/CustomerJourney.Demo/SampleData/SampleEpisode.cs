using CustomerJourney.Model;

namespace CustomerJourney.Demo.SampleData;

/// <summary>
/// Draws the steps of one episode of a generated customer (seed 004): an advert-led web visit or a
/// reminder, then up to four contacts within days of each other across channels (chat, calls through
/// the IVR, web messaging, e-mail, the dialer), each ending resolved, failed or still open, the open
/// ones followed by another contact. Calls through the IVR are handed to an agent, contained or
/// abandoned; agents' calls are recorded; some contacts get a survey answer; a sale is followed by
/// the text flow that schedules the delivery. Now and then the next contact comes more than a week
/// later: a new episode of the same reason, and a repeat contact.
/// </summary>
internal sealed class SampleEpisode
{
    private const int MaxContacts = 4;

    private static readonly string[] s_devices = ["mobile · iOS 18 · Safari", "mobile · Android 15 · Chrome", "desktop · Windows 11 · Edge", "desktop · macOS 15 · Safari", "tablet · iPadOS 18 · Safari"];
    private static readonly (string Source, string Medium)[] s_placements = [("google", "cpc"), ("facebook", "paid-social"), ("newsletter", "email")];
    private static readonly string[] s_serviceMenus = ["Billing", "Technical support"];

    private readonly Random _random;
    private readonly SampleReason _reason;
    private readonly DateTimeOffset _asOf;
    private readonly string _idPrefix;
    private readonly List<Interaction> _journey;
    private DateTimeOffset _at;
    private Channel _previous;

    private SampleEpisode(Random random, SampleReason reason, DateTimeOffset start, DateTimeOffset asOf, string idPrefix, List<Interaction> journey)
    {
        _random = random;
        _reason = reason;
        _at = start;
        _asOf = asOf;
        _idPrefix = idPrefix;
        _journey = journey;
    }

    /// <summary>Adds an episode's steps to a customer's journey, up to the first that would not have ended by <paramref name="asOf"/>.</summary>
    /// <param name="random">The customer's random numbers.</param>
    /// <param name="reason">Why the episode happens.</param>
    /// <param name="start">When its first step starts.</param>
    /// <param name="asOf">"Now".</param>
    /// <param name="idPrefix">The customer's prefix of interaction ids.</param>
    /// <param name="journey">The customer's journey so far.</param>
    public static void Draw(Random random, SampleReason reason, DateTimeOffset start, DateTimeOffset asOf, string idPrefix, List<Interaction> journey) =>
        new SampleEpisode(random, reason, start, asOf, idPrefix, journey).Draw();

    private void Draw()
    {
        if (_reason.Advert is not null && Chance(85))
        {
            if (!TryAdd(Visit(advertised: true), minutesAfter: 20))
            {
                return;
            }
        }
        else if (!_reason.CallsOut && Chance(30))
        {
            // A service question often starts on the help pages.
            if (!TryAdd(Visit(advertised: false), minutesAfter: 15))
            {
                return;
            }
        }
        else if (_reason.Reminder is { } reminder && Chance(45))
        {
            // A reminder the customer can settle by text: then there is nothing left to talk about.
            bool paid = Chance(60);
            if (!TryAdd(SelfServiceText(reminder, paid ? "Payment confirmed" : "Amount shown", paid ? SelfServiceResult.Contained : SelfServiceResult.Abandoned), minutesAfter: 60 * (2 + _random.Next(30))) || paid)
            {
                return;
            }
        }

        for (int attempt = 1; attempt <= MaxContacts; attempt++)
        {
            Interaction contact = Contact(NextChannel(attempt), attempt);
            // Surveys follow a conversation with an agent, and now and then a self-service one.
            double answers = contact.AgentName is not null ? 0.28 : contact.SelfService?.Result == SelfServiceResult.Contained ? 0.12 : 0;
            if (SampleSurveys.About(_random, contact, attempt, answers) is { } answer && answer.RespondedAt < _asOf)
            {
                contact = contact with { Surveys = [answer] };
            }

            if (!TryAdd(contact, minutesAfter: 0))
            {
                return;
            }

            OutcomeKind kind = contact.Outcome?.Kind ?? OutcomeKind.Unknown;
            if (kind == OutcomeKind.Success)
            {
                if (_reason.Advert is not null && contact.Outcome == _reason.Success && Chance(70))
                {
                    _at = _at.AddMinutes(30 + _random.Next(240));
                    bool scheduled = Chance(85);
                    TryAdd(SelfServiceText("Delivery scheduling", scheduled ? "Slot confirmed" : "Pick a slot", scheduled ? SelfServiceResult.Contained : SelfServiceResult.Abandoned), minutesAfter: 0);
                }

                return;
            }

            // A refusal often closes the episode; an open question or a missed call usually brings another contact.
            if (!Chance(kind == OutcomeKind.Failure && contact.Outcome!.Code is not ("NOANS" or "BUSY") ? 30 : 65))
            {
                return;
            }

            _at = _at.Add(Gap());
        }
    }

    // Adds a step that ends before "now"; the next one starts some minutes after it ends.
    private bool TryAdd(Interaction step, int minutesAfter)
    {
        if (step.End is not { } end || end >= _asOf)
        {
            return false;
        }

        _journey.Add(step);
        _previous = step.Channel;
        _at = end.AddMinutes(minutesAfter + _random.Next(Math.Max(1, minutesAfter)));
        return true;
    }

    // How long until the next contact: a hand-over within the hour, the next day, days later, or (sometimes) beyond the week.
    private TimeSpan Gap()
    {
        int draw = _random.Next(100);
        return draw switch
        {
            < 22 when _previous is Channel.Chat or Channel.WebMessaging or Channel.WebVisit => TimeSpan.FromMinutes(3 + _random.Next(50)),
            < 62 => TimeSpan.FromHours(2 + _random.Next(30)),
            < 91 => TimeSpan.FromHours(48 + _random.Next(96)),
            _ => TimeSpan.FromDays(8 + _random.Next(14)),
        };
    }

    private Channel NextChannel(int attempt)
    {
        int draw = _random.Next(100);
        if (_reason.CallsOut)
        {
            // The dialer calls; customers call back, or answer by text or e-mail.
            return attempt == 1 || draw < 85 ? Channel.Voice : draw < 93 ? Channel.Email : Channel.Sms;
        }

        return _previous switch
        {
            Channel.WebVisit => draw < 50 ? Channel.Chat : draw < 85 ? Channel.Voice : draw < 95 ? Channel.WebMessaging : Channel.Email,
            Channel.Chat => draw < 60 ? Channel.Voice : draw < 80 ? Channel.Chat : draw < 90 ? Channel.Email : Channel.WebMessaging,
            Channel.WebMessaging => draw < 55 ? Channel.WebMessaging : draw < 85 ? Channel.Voice : Channel.Chat,
            Channel.Email => draw < 40 ? Channel.Email : draw < 85 ? Channel.Voice : Channel.Chat,
            Channel.Voice => draw < 65 ? Channel.Voice : draw < 80 ? Channel.Chat : draw < 92 ? Channel.Email : Channel.WebMessaging,
            _ => draw < 55 ? Channel.Voice : draw < 75 ? Channel.Chat : draw < 88 ? Channel.Email : Channel.WebMessaging,
        };
    }

    private Interaction Contact(Channel channel, int attempt)
    {
        bool outbound = _reason.CallsOut && channel == Channel.Voice && (attempt == 1 || Chance(50));
        return channel switch
        {
            Channel.Voice when outbound => DialerCall(attempt),
            Channel.Voice => InboundCall(attempt),
            Channel.Chat => Chat(attempt),
            Channel.Email => Agent(Channel.Email, attempt, minutes: 6, direction: InteractionDirection.Inbound),
            Channel.Sms => Agent(Channel.Sms, attempt, minutes: 20, direction: InteractionDirection.Inbound),
            _ => Agent(Channel.WebMessaging, attempt, minutes: 25, direction: InteractionDirection.Inbound),
        };
    }

    private Interaction DialerCall(int attempt)
    {
        int draw = _random.Next(100);
        if (draw < 20)
        {
            return Step(Channel.Voice, seconds: 25) with { Direction = InteractionDirection.Outbound, Mode = Phone(), Outcome = new("NOANS", "No Answer", OutcomeKind.Failure) };
        }

        if (draw < 26)
        {
            return Step(Channel.Voice, seconds: 10) with { Direction = InteractionDirection.Outbound, Mode = Phone(), Outcome = new("BUSY", "Busy", OutcomeKind.Failure) };
        }

        return Recorded(Agent(Channel.Voice, attempt, minutes: 7, direction: InteractionDirection.Outbound) with { Mode = Phone() });
    }

    private Interaction InboundCall(int attempt)
    {
        int draw = _random.Next(100);
        string menu = _reason.Campaign is null ? s_serviceMenus[_random.Next(s_serviceMenus.Length)] : "Sales";
        if (draw < 22)
        {
            // Contained: the IVR answered the question (a balance, an order's status, a payment).
            bool served = Chance(65);
            return Step(Channel.Voice, seconds: 150) with
            {
                Direction = InteractionDirection.Inbound,
                Mode = Phone(),
                SelfService = new SelfServiceSession(SelfServiceKind.Ivr, "Main menu", served ? $"{menu} › self-service" : menu, SelfServiceResult.Contained),
                Outcome = served ? new("SELF", "Self-served", OutcomeKind.Success) : new("INFO", "Information given", OutcomeKind.Neutral),
            };
        }

        if (draw < 32)
        {
            return Step(Channel.Voice, seconds: 70) with
            {
                Direction = InteractionDirection.Inbound,
                Mode = Phone(),
                SelfService = new SelfServiceSession(SelfServiceKind.Ivr, "Main menu", menu, SelfServiceResult.Abandoned),
            };
        }

        Interaction call = Agent(Channel.Voice, attempt, minutes: 9, direction: InteractionDirection.Inbound);
        return Recorded(call with
        {
            Mode = Phone(),
            SelfService = new SelfServiceSession(SelfServiceKind.Ivr, "Main menu", menu, SelfServiceResult.HandedToAgent),
            Hops = [new TransferHop(menu, call.AgentName)],
        });
    }

    private Interaction Chat(int attempt)
    {
        if (!Chance(60))
        {
            return Agent(Channel.Chat, attempt, minutes: 11, direction: InteractionDirection.Inbound);
        }

        // The bot first: it answers, hands over to an agent in the same chat, or the customer leaves.
        int draw = _random.Next(100);
        if (draw < 30)
        {
            return Step(Channel.Chat, seconds: 180) with
            {
                Direction = InteractionDirection.Inbound,
                SelfService = new SelfServiceSession(SelfServiceKind.Bot, "Virtual assistant", "Answer given", SelfServiceResult.Contained),
                Outcome = _reason.Campaign is null && Chance(55) ? new("SELF", "Self-served", OutcomeKind.Success) : new("INFO", "Information given", OutcomeKind.Neutral),
            };
        }

        if (draw < 42)
        {
            return Step(Channel.Chat, seconds: 90) with
            {
                Direction = InteractionDirection.Inbound,
                SelfService = new SelfServiceSession(SelfServiceKind.Bot, "Virtual assistant", "Choose a topic", SelfServiceResult.Abandoned),
            };
        }

        return Agent(Channel.Chat, attempt, minutes: 12, direction: InteractionDirection.Inbound) with
        {
            SelfService = new SelfServiceSession(SelfServiceKind.Bot, "Virtual assistant", "Talk to an agent", SelfServiceResult.HandedToAgent),
        };
    }

    // An agent's contact, its outcome drawn by channel and attempt: later attempts are escalated and resolve more often.
    private Interaction Agent(Channel channel, int attempt, int minutes, InteractionDirection direction)
    {
        int resolves = channel switch
        {
            Channel.Voice => 48,
            Channel.Chat => 36,
            Channel.WebMessaging => 40,
            _ => 26,
        } + (10 * (attempt - 1));
        int fails = channel == Channel.Voice ? 16 : 12;
        int draw = _random.Next(100);
        Outcome outcome = draw < resolves ? _reason.Success
            : draw < resolves + fails ? _reason.Failure
            : Chance(50) ? new("INFO", "Information given", OutcomeKind.Neutral) : new("CALLBK", "Callback scheduled", OutcomeKind.Neutral);
        return Step(channel, seconds: (minutes * 60 / 2) + _random.Next(minutes * 60)) with
        {
            Direction = direction,
            Mode = channel switch { Channel.Email => ContactMode.Email, Channel.Sms => ContactMode.Sms, _ => ContactMode.Unknown },
            Outcome = outcome,
            AgentName = SampleJourneys.Agents[_random.Next(SampleJourneys.Agents.Count)],
        };
    }

    private static Interaction Recorded(Interaction call) => call with
    {
        Recordings = [new Recording($"rec-{call.Id.ToLowerInvariant()}", call.End - call.Start, "audio/ogg")],
    };

    private Interaction Visit(bool advertised)
    {
        (string source, string medium) = s_placements[_random.Next(s_placements.Length)];
        int pages = 2 + _random.Next(9);
        return Step(Channel.WebVisit, seconds: 60 * (2 + _random.Next(18))) with
        {
            Marketing = advertised ? _reason.Advert! with { Source = source, Medium = medium } : null,
            WebVisit = new WebVisitDetails(
                s_devices[_random.Next(s_devices.Length)],
                advertised ? $"{medium} · {source}" : "search · Google",
                advertised ? "shop.example.com/offers" : "help.example.com/questions",
                pages),
        };
    }

    private Interaction SelfServiceText(string flow, string stepReached, SelfServiceResult result) =>
        Step(Channel.Sms, seconds: 240) with
        {
            Direction = InteractionDirection.Outbound,
            Mode = ContactMode.Sms,
            IsAgentless = true,
            SelfService = new SelfServiceSession(SelfServiceKind.Sms, flow, stepReached, result),
        };

    private Interaction Step(Channel channel, int seconds)
    {
        DateTimeOffset start = _at;
        return new Interaction
        {
            Source = SampleEngagement.Source,
            Id = $"{_idPrefix}-{_journey.Count + 1:000}",
            Start = start,
            End = start.AddSeconds(seconds + _random.Next(Math.Max(1, seconds / 2))),
            Channel = channel,
            Campaign = _reason.Campaign,
        };
    }

    private ContactMode Phone() => _random.Next(3) switch
    {
        0 => ContactMode.Home,
        1 => ContactMode.Work,
        _ => ContactMode.Mobile,
    };

    private bool Chance(int percent) => _random.Next(100) < percent;
}
