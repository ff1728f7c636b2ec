using CustomerJourney.Model;
using CustomerJourney.Stores.Rows;
using Microsoft.Data.Sqlite;

namespace CustomerJourney.Sqlite.Schema;

/// <summary>The SQL of the interactions table and the mapping of its rows, in one place.</summary>
internal static class InteractionRows
{
    /// <summary>One customer over a half-open period, pushed down to the index (customer, start_ticks, …).</summary>
    public const string SelectPeriod = """
        SELECT source, id, start_ticks, start_offset_minutes, end_ticks, end_offset_minutes, channel, mode, direction,
               campaign_id, campaign_name, outcome_code, outcome_name, outcome_kind, phone_number,
               previous_score, current_score, agent_name, agent_comments,
               agentless, last_activity_ticks, last_activity_offset_minutes, wrap_up_code, notes, details
        FROM interactions
        WHERE customer = $customer AND start_ticks >= $from AND start_ticks < $to
        """;

    /// <summary>Idempotent append: a record already stored under the same customer, source and id is replaced.</summary>
    public const string Upsert = """
        INSERT INTO interactions (customer, source, id, start_ticks, start_offset_minutes, end_ticks, end_offset_minutes,
                                  channel, mode, direction, campaign_id, campaign_name, outcome_code, outcome_name, outcome_kind,
                                  phone_number, previous_score, current_score, agent_name, agent_comments,
                                  agentless, last_activity_ticks, last_activity_offset_minutes, wrap_up_code, notes, details,
                                  facts, divisions, survey_scores)
        VALUES ($customer, $source, $id, $start_ticks, $start_offset_minutes, $end_ticks, $end_offset_minutes,
                $channel, $mode, $direction, $campaign_id, $campaign_name, $outcome_code, $outcome_name, $outcome_kind,
                $phone_number, $previous_score, $current_score, $agent_name, $agent_comments,
                $agentless, $last_activity_ticks, $last_activity_offset_minutes, $wrap_up_code, $notes, $details,
                $facts, $divisions, $survey_scores)
        ON CONFLICT (customer, source, id) DO UPDATE SET
            start_ticks = excluded.start_ticks, start_offset_minutes = excluded.start_offset_minutes,
            end_ticks = excluded.end_ticks, end_offset_minutes = excluded.end_offset_minutes,
            channel = excluded.channel, mode = excluded.mode, direction = excluded.direction,
            campaign_id = excluded.campaign_id, campaign_name = excluded.campaign_name,
            outcome_code = excluded.outcome_code, outcome_name = excluded.outcome_name, outcome_kind = excluded.outcome_kind,
            phone_number = excluded.phone_number, previous_score = excluded.previous_score, current_score = excluded.current_score,
            agent_name = excluded.agent_name, agent_comments = excluded.agent_comments,
            agentless = excluded.agentless, last_activity_ticks = excluded.last_activity_ticks,
            last_activity_offset_minutes = excluded.last_activity_offset_minutes,
            wrap_up_code = excluded.wrap_up_code, notes = excluded.notes, details = excluded.details,
            facts = excluded.facts, divisions = excluded.divisions, survey_scores = excluded.survey_scores
        """;

    private static readonly string[] s_parameters =
    [
        "$customer", "$source", "$id", "$start_ticks", "$start_offset_minutes", "$end_ticks", "$end_offset_minutes",
        "$channel", "$mode", "$direction", "$campaign_id", "$campaign_name", "$outcome_code", "$outcome_name", "$outcome_kind",
        "$phone_number", "$previous_score", "$current_score", "$agent_name", "$agent_comments",
        "$agentless", "$last_activity_ticks", "$last_activity_offset_minutes", "$wrap_up_code", "$notes", "$details",
        "$facts", "$divisions", "$survey_scores",
    ];

    /// <summary>
    /// The customer column of a key: phone numbers and e-mail addresses as they are (as schema 1
    /// stored them), web visitor ids prefixed so that none can pass for either.
    /// </summary>
    public static string Customer(LookupKey key) => key.Kind == LookupKeyKind.WebId ? "web:" + key.Value : key.Value;

    /// <summary>Prepares the upsert's parameters once per batch.</summary>
    public static void AddUpsertParameters(SqliteCommand command)
    {
        foreach (string name in s_parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
    }

    /// <summary>Binds one interaction to the prepared upsert.</summary>
    public static void Bind(SqliteCommand command, string customer, Interaction interaction)
    {
        object?[] values =
        [
            customer,
            interaction.Source,
            interaction.Id,
            interaction.Start.UtcTicks,
            (long)interaction.Start.Offset.TotalMinutes,
            interaction.End?.UtcTicks,
            interaction.End is { } end ? (long)end.Offset.TotalMinutes : null,
            (long)interaction.Channel,
            (long)interaction.Mode,
            (long)interaction.Direction,
            interaction.Campaign?.Id,
            interaction.Campaign?.Name,
            interaction.Outcome?.Code,
            interaction.Outcome?.Name,
            interaction.Outcome is { } outcome ? (long)outcome.Kind : null,
            interaction.PhoneNumber,
            interaction.PreviousScore,
            interaction.CurrentScore,
            interaction.AgentName,
            interaction.AgentComments,
            interaction.IsAgentless ? 1L : 0L,
            interaction.LastActivity?.UtcTicks,
            interaction.LastActivity is { } lastActivity ? (long)lastActivity.Offset.TotalMinutes : null,
            interaction.WrapUpCode,
            interaction.Notes,
            InteractionDetails.Write(interaction),
            StepFacts.Of(interaction),
            InteractionDetails.DivisionsColumn(interaction),
            SurveyScores.Write(interaction.Surveys),
        ];
        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    /// <summary>Reads a row of <see cref="SelectPeriod"/>.</summary>
    public static Interaction Read(SqliteDataReader row)
    {
        DateTimeOffset start = Instant(row.GetInt64(2), row.GetInt64(3));
        InteractionDetails? details = row.IsDBNull(24) ? null : InteractionDetails.Read(row.GetString(24));
        return new Interaction
        {
            Source = row.GetString(0),
            Id = row.GetString(1),
            Start = start,
            End = row.IsDBNull(4) ? null : Instant(row.GetInt64(4), row.GetInt64(5)),
            Channel = Known<Channel>(row.GetInt64(6)),
            Mode = Known<ContactMode>(row.GetInt64(7)),
            Direction = Known<InteractionDirection>(row.GetInt64(8)),
            Campaign = row.IsDBNull(9) ? null : new Campaign(row.GetString(9), row.IsDBNull(10) ? row.GetString(9) : row.GetString(10)),
            Outcome = row.IsDBNull(12) ? null : new Outcome(row.IsDBNull(11) ? null : row.GetString(11), row.GetString(12), row.IsDBNull(13) ? OutcomeKind.Unknown : Known<OutcomeKind>(row.GetInt64(13))),
            PhoneNumber = row.IsDBNull(14) ? null : row.GetString(14),
            PreviousScore = row.IsDBNull(15) ? null : row.GetInt32(15),
            CurrentScore = row.IsDBNull(16) ? null : row.GetInt32(16),
            AgentName = row.IsDBNull(17) ? null : row.GetString(17),
            AgentComments = row.IsDBNull(18) ? null : row.GetString(18),
            IsAgentless = row.GetInt64(19) != 0,
            LastActivity = row.IsDBNull(20) ? null : Instant(row.GetInt64(20), row.GetInt64(21)),
            WrapUpCode = row.IsDBNull(22) ? null : row.GetString(22),
            Notes = row.IsDBNull(23) ? null : row.GetString(23),
            Divisions = details?.Divisions ?? [],
            Hops = details?.Hops,
            OutcomeProgress = details?.OutcomeProgress,
            PredictedScores = details?.PredictedScores,
            Segments = details?.Segments,
            WebEvents = details?.WebEvents,
            SourceChannel = details?.SourceChannel,
            WebVisit = details?.WebVisit,
            Marketing = details?.Marketing,
            SelfService = details?.SelfServiceSession,
            Recordings = details?.RecordingList,
            Surveys = details?.SurveyList,
        };
    }

    // A value written by a newer SDK that this one does not know reads as Unknown (0), never throws.
    private static T Known<T>(long value)
        where T : struct, Enum
    {
        T candidate = (T)Enum.ToObject(typeof(T), value);
        return Enum.IsDefined(candidate) ? candidate : default;
    }

    private static DateTimeOffset Instant(long utcTicks, long offsetMinutes)
    {
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        return new DateTimeOffset(utcTicks + offset.Ticks, offset);
    }
}
