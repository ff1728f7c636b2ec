using CustomerJourney.Model;
using CustomerJourney.Stores.Rows;
using Npgsql;
using NpgsqlTypes;

namespace CustomerJourney.PostgreSql.Schema;

/// <summary>The columns of an interaction row, how one is written through binary COPY and how one is read.</summary>
internal static class InteractionRows
{
    /// <summary>Every column after the customer, in table order (the staging table has the same, led by seq and customer).</summary>
    public const string Columns = """
        source, id, start_ticks, start_offset_minutes, end_ticks, end_offset_minutes, channel, mode, direction,
        campaign_id, campaign_name, outcome_code, outcome_name, outcome_kind, phone_number,
        previous_score, current_score, agent_name, agent_comments,
        agentless, last_activity_ticks, last_activity_offset_minutes, wrap_up_code, notes, details,
        self_service_result, divisions, survey_scores
        """;

    /// <summary>The column types of <see cref="Columns"/>, for the staging tables.</summary>
    public const string ColumnTypes = """
        source text NOT NULL, id text NOT NULL, start_ticks bigint NOT NULL, start_offset_minutes smallint NOT NULL,
        end_ticks bigint, end_offset_minutes smallint, channel smallint NOT NULL, mode smallint NOT NULL, direction smallint NOT NULL,
        campaign_id text, campaign_name text, outcome_code text, outcome_name text, outcome_kind smallint, phone_number text,
        previous_score integer, current_score integer, agent_name text, agent_comments text,
        agentless boolean NOT NULL, last_activity_ticks bigint, last_activity_offset_minutes smallint, wrap_up_code text, notes text, details text,
        self_service_result smallint, divisions jsonb, survey_scores bytea
        """;

    /// <summary>The SET list of an upsert that replaces every column.</summary>
    public const string ReplaceAll = """
        start_offset_minutes = excluded.start_offset_minutes, end_ticks = excluded.end_ticks, end_offset_minutes = excluded.end_offset_minutes,
        channel = excluded.channel, mode = excluded.mode, direction = excluded.direction,
        campaign_id = excluded.campaign_id, campaign_name = excluded.campaign_name,
        outcome_code = excluded.outcome_code, outcome_name = excluded.outcome_name, outcome_kind = excluded.outcome_kind,
        phone_number = excluded.phone_number, previous_score = excluded.previous_score, current_score = excluded.current_score,
        agent_name = excluded.agent_name, agent_comments = excluded.agent_comments, agentless = excluded.agentless,
        last_activity_ticks = excluded.last_activity_ticks, last_activity_offset_minutes = excluded.last_activity_offset_minutes,
        wrap_up_code = excluded.wrap_up_code, notes = excluded.notes, details = excluded.details,
        self_service_result = excluded.self_service_result, divisions = excluded.divisions, survey_scores = excluded.survey_scores, revision = excluded.revision
        """;

    /// <summary>
    /// The customer column of a key: phone numbers and e-mail addresses as they are, web visitor ids
    /// prefixed so that none can pass for either (as the SQLite store does).
    /// </summary>
    public static string Customer(LookupKey key) => key.Kind == LookupKeyKind.WebId ? "web:" + key.Value : key.Value;

    /// <summary>Writes one staging row: seq, customer, then <see cref="Columns"/>.</summary>
    public static async Task WriteAsync(NpgsqlBinaryImporter writer, int seq, string customer, Interaction interaction, CancellationToken cancellationToken)
    {
        await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(seq, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(customer, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(interaction.Source, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(interaction.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(interaction.Start.UtcTicks, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(OffsetOf(interaction.Start), NpgsqlDbType.Smallint, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, interaction.End?.UtcTicks, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        await WriteAsync<short>(writer, interaction.End is { } end ? OffsetOf(end) : null, NpgsqlDbType.Smallint, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync((short)interaction.Channel, NpgsqlDbType.Smallint, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync((short)interaction.Mode, NpgsqlDbType.Smallint, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync((short)interaction.Direction, NpgsqlDbType.Smallint, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, interaction.Campaign?.Id, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, interaction.Campaign?.Name, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, interaction.Outcome?.Code, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, interaction.Outcome?.Name, cancellationToken).ConfigureAwait(false);
        await WriteAsync<short>(writer, interaction.Outcome is { } outcome ? (short)outcome.Kind : null, NpgsqlDbType.Smallint, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, interaction.PhoneNumber, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, interaction.PreviousScore, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, interaction.CurrentScore, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, interaction.AgentName, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, interaction.AgentComments, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(interaction.IsAgentless, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, interaction.LastActivity?.UtcTicks, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        await WriteAsync<short>(writer, interaction.LastActivity is { } lastActivity ? OffsetOf(lastActivity) : null, NpgsqlDbType.Smallint, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, interaction.WrapUpCode, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, interaction.Notes, cancellationToken).ConfigureAwait(false);
        await WriteAsync(writer, InteractionDetails.Write(interaction), cancellationToken).ConfigureAwait(false);
        await WriteAsync<short>(writer, interaction.SelfService is { } selfService ? (short)selfService.Result : null, NpgsqlDbType.Smallint, cancellationToken).ConfigureAwait(false);
        if (InteractionDetails.DivisionsColumn(interaction) is { } divisions)
        {
            await writer.WriteAsync(divisions, NpgsqlDbType.Jsonb, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
        }

        if (SurveyScores.Write(interaction.Surveys) is { } scores)
        {
            await writer.WriteAsync(scores, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a row whose columns are <see cref="Columns"/>, from ordinal <paramref name="first"/>.</summary>
    public static Interaction Read(NpgsqlDataReader row, int first = 0)
    {
        DateTimeOffset start = Instant(row.GetInt64(first + 2), row.GetInt16(first + 3));
        InteractionDetails? details = row.IsDBNull(first + 24) ? null : InteractionDetails.Read(row.GetString(first + 24));
        return new Interaction
        {
            Source = row.GetString(first + 0),
            Id = row.GetString(first + 1),
            Start = start,
            End = row.IsDBNull(first + 4) ? null : Instant(row.GetInt64(first + 4), row.GetInt16(first + 5)),
            Channel = Known<Channel>(row.GetInt16(first + 6)),
            Mode = Known<ContactMode>(row.GetInt16(first + 7)),
            Direction = Known<InteractionDirection>(row.GetInt16(first + 8)),
            Campaign = row.IsDBNull(first + 9) ? null : new Campaign(row.GetString(first + 9), row.IsDBNull(first + 10) ? row.GetString(first + 9) : row.GetString(first + 10)),
            Outcome = row.IsDBNull(first + 12) ? null : new Outcome(row.IsDBNull(first + 11) ? null : row.GetString(first + 11), row.GetString(first + 12), row.IsDBNull(first + 13) ? OutcomeKind.Unknown : Known<OutcomeKind>(row.GetInt16(first + 13))),
            PhoneNumber = row.IsDBNull(first + 14) ? null : row.GetString(first + 14),
            PreviousScore = row.IsDBNull(first + 15) ? null : row.GetInt32(first + 15),
            CurrentScore = row.IsDBNull(first + 16) ? null : row.GetInt32(first + 16),
            AgentName = row.IsDBNull(first + 17) ? null : row.GetString(first + 17),
            AgentComments = row.IsDBNull(first + 18) ? null : row.GetString(first + 18),
            IsAgentless = row.GetBoolean(first + 19),
            LastActivity = row.IsDBNull(first + 20) ? null : Instant(row.GetInt64(first + 20), row.GetInt16(first + 21)),
            WrapUpCode = row.IsDBNull(first + 22) ? null : row.GetString(first + 22),
            Notes = row.IsDBNull(first + 23) ? null : row.GetString(first + 23),
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

    /// <summary>The <see cref="Columns"/> qualified by a table alias (<c>i.source, i.id, …</c>).</summary>
    public static string Prefixed(string alias) =>
        string.Join(", ", Columns.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(c => $"{alias}.{c}"));

    private static short OffsetOf(DateTimeOffset instant) => (short)instant.Offset.TotalMinutes;

    private static Task WriteAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private static Task WriteAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } present ? writer.WriteAsync(present, type, cancellationToken) : writer.WriteNullAsync(cancellationToken);

    // A value written by a newer SDK that this one does not know reads as Unknown (0), never throws.
    private static T Known<T>(short value)
        where T : struct, Enum
    {
        T candidate = (T)Enum.ToObject(typeof(T), value);
        return Enum.IsDefined(candidate) ? candidate : default;
    }

    private static DateTimeOffset Instant(long utcTicks, short offsetMinutes)
    {
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        return new DateTimeOffset(utcTicks + offset.Ticks, offset);
    }
}
