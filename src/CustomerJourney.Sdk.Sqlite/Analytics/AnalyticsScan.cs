using System.Text.Json;
using CustomerJourney.Access;
using CustomerJourney.Analytics;
using CustomerJourney.Stores.Rows;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CustomerJourney.Sqlite.Analytics;

/// <summary>
/// A journey report as one scan of the analytics index (customer, start, source, id, then what the
/// report reads: the end, the packed facts, the campaign, the divisions, the survey scores): SQL
/// selects the period, the filters and what the access context may see; every row goes straight from
/// SQLite's statement into a <see cref="JourneyReportBuilder"/>, one customer at a time. With two
/// cores or more, the index is read from both ends at once, on two threads that meet in the middle
/// (<see cref="MeetingPoint"/>), and their builders merge. The statements are stepped through SQLite's
/// own functions rather than a data reader: at millions of rows the reader's per-value checks cost
/// more than the scan (docs/benchmarks.md, "Journey report").
/// </summary>
internal static class AnalyticsScan
{
    private const int CancellationStride = 8192;

    public static JourneyReport Run(string path, TimeSpan busyTimeout, JourneyReportQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var upwards = new JourneyReportBuilder(query);
        if (Environment.ProcessorCount < 2)
        {
            Scan(path, busyTimeout, query, upwards, meeting: null, downwards: false, cancellationToken);
            return upwards.Build();
        }

        // Two halves at once, each on a connection and a thread of its own, meeting where they meet:
        // a report is rare and long, and takes a second core when there is one.
        var meeting = new MeetingPoint();
        var downwards = new JourneyReportBuilder(query);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task other = Task.Factory.StartNew(
            () => ScanOrStop(path, busyTimeout, query, downwards, meeting, downwards: true, stop),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        Exception? failure = Catch(() => ScanOrStop(path, busyTimeout, query, upwards, meeting, downwards: false, stop));
        Exception? otherFailure = Catch(() => other.GetAwaiter().GetResult());
        cancellationToken.ThrowIfCancellationRequested();
        // A half that failed stopped the other: its error is the one to see, not the other's cancellation.
        if ((failure is not null and not OperationCanceledException ? failure : otherFailure ?? failure) is { } error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }

        upwards.Merge(downwards);
        return upwards.Build();
    }

    private static void ScanOrStop(string path, TimeSpan busyTimeout, JourneyReportQuery query, JourneyReportBuilder builder, MeetingPoint meeting, bool downwards, CancellationTokenSource stop)
    {
        try
        {
            Scan(path, busyTimeout, query, builder, meeting, downwards, stop.Token);
        }
        catch
        {
            stop.Cancel();
            throw;
        }
    }

    private static Exception? Catch(Action work)
    {
        try
        {
            work();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    private static void Scan(string path, TimeSpan busyTimeout, JourneyReportQuery query, JourneyReportBuilder builder, MeetingPoint? meeting, bool downwards, CancellationToken cancellationToken)
    {
        // A connection of its own, used by this thread alone: opened without SQLite's per-connection
        // mutex, which the pooled connections take on every column read (a fifth of the scan's time).
        int opened = raw.sqlite3_open_v2(path, out sqlite3 database, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_NOMUTEX, null);
        using (database)
        {
            Check(database, opened);
            Check(database, raw.sqlite3_busy_timeout(database, (int)Math.Clamp(busyTimeout.TotalMilliseconds, 0, int.MaxValue)));
            Check(database, raw.sqlite3_prepare_v2(database, Sql(query, downwards), out sqlite3_stmt statement));
            using (statement)
            {
                Bind(database, statement, query);
                if (downwards)
                {
                    Read(database, statement, new Downwards(builder, meeting!), cancellationToken);
                }
                else
                {
                    Read(database, statement, new Upwards(builder, meeting), cancellationToken);
                }
            }
        }
    }

    // One loop for both halves, specialised for each (a struct type argument): compiled fully
    // optimized from the first call, as it runs once per report over millions of rows.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Read<TRows>(sqlite3 database, sqlite3_stmt statement, TRows rows, CancellationToken cancellationToken)
        where TRows : struct, IScanRows
    {
        var row = new StatementColumns(statement);
        var customer = new CustomerKey();
        long read = 0;
        int result;
        while ((result = row.Step()) == raw.SQLITE_ROW)
        {
            if (++read % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ReadOnlySpan<byte> key = row.Bytes(0);
            if (customer.IsNew(key))
            {
                if (!rows.StartCustomer(key))
                {
                    return;
                }

                customer.Remember(key);
            }

            rows.Add(row, row.Int64(3));
        }

        Done(database, result);
        rows.Finish();
    }

    private static void Done(sqlite3 database, int result)
    {
        if (result != raw.SQLITE_DONE)
        {
            Check(database, result);
        }
    }

    /// <summary>The scan's SQL; the filters and the access context as parameters, present only when they narrow.</summary>
    internal static string Sql(JourneyReportQuery query, bool downwards = false)
    {
        var where = new List<string> { "start_ticks >= $from", "start_ticks < $until" };
        if (query.CampaignId is not null)
        {
            where.Add("campaign_id = $campaign");
        }

        if (query.Channel is not null)
        {
            // The channel is the facts' low five bits: the index holds the facts, not the channel column.
            where.Add("(facts & 31) = $channel");
        }

        AccessContext access = query.Access;
        if (!access.AllDivisions || !access.SeesUndivided)
        {
            // An interaction shows when any of its divisions is granted, or, with none, when undivided ones are shown (R15).
            string undivided = access.SeesUndivided ? "divisions IS NULL" : "0";
            string divided = access.AllDivisions
                ? "divisions IS NOT NULL"
                : access.Divisions.Count == 0 ? "0" : "EXISTS (SELECT 1 FROM json_each(divisions) d WHERE d.value IN (SELECT value FROM json_each($granted)))";
            where.Add($"({undivided} OR {divided})");
        }

        return $"""
            SELECT customer, start_ticks, end_ticks, facts, campaign_id, survey_scores
            FROM interactions INDEXED BY ix_interactions_journey
            WHERE {string.Join(" AND ", where)}
            ORDER BY {(downwards ? "customer DESC, start_ticks DESC, source DESC, id DESC" : "customer, start_ticks, source, id")}
            """;
    }

    private static void Bind(sqlite3 database, sqlite3_stmt statement, JourneyReportQuery query)
    {
        BindInt64(database, statement, "$from", query.Period.From.UtcTicks);
        BindInt64(database, statement, "$until", query.ReadUntil.UtcTicks);
        if (query.CampaignId is { } campaign)
        {
            Check(database, raw.sqlite3_bind_text(statement, raw.sqlite3_bind_parameter_index(statement, "$campaign"), campaign));
        }

        if (query.Channel is { } channel)
        {
            BindInt64(database, statement, "$channel", (long)channel);
        }

        if (raw.sqlite3_bind_parameter_index(statement, "$granted") is > 0 and int granted)
        {
            Check(database, raw.sqlite3_bind_text(statement, granted, JsonSerializer.Serialize([.. query.Access.Divisions], InteractionDetailsJson.Default.IReadOnlyListString)));
        }
    }

    private static void BindInt64(sqlite3 database, sqlite3_stmt statement, string name, long value) =>
        Check(database, raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, name), value));

    private static void Check(sqlite3 database, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(database).utf8_to_string(), result);
        }
    }

    /// <summary>What one half of the scan does with its rows.</summary>
    private interface IScanRows
    {
        /// <summary>Ends the previous customer and starts the one of <paramref name="key"/>; false when the other half has it (the half stops).</summary>
        bool StartCustomer(ReadOnlySpan<byte> key);

        void Add(StatementColumns row, long facts);

        void Finish();
    }

    /// <summary>The upward half (or the whole scan on one core): rows go straight into the builder, oldest first.</summary>
    private readonly struct Upwards(JourneyReportBuilder builder, MeetingPoint? meeting) : IScanRows
    {
        private readonly CampaignNames _campaigns = new();
        private readonly SurveyScoreList _scores = new();

        public bool StartCustomer(ReadOnlySpan<byte> key)
        {
            builder.EndCustomer();
            return meeting is null || meeting.ClaimUpwards(key);
        }

        public void Add(StatementColumns row, long facts) =>
            builder.Add(StepFacts.Read(facts, row.Int64(1), row.Int64(2), Campaign(row, 4, _campaigns), StepFacts.HasSurveys(facts) ? SurveyScores.Read(row.Bytes(5), _scores) : null));

        public void Finish()
        {
        }
    }

    /// <summary>The downward half: a customer's rows come newest first, kept until the customer ends, then added oldest first.</summary>
    private readonly struct Downwards(JourneyReportBuilder builder, MeetingPoint meeting) : IScanRows
    {
        private readonly CampaignNames _campaigns = new();
        private readonly CustomerRows _current = new();

        public bool StartCustomer(ReadOnlySpan<byte> key)
        {
            _current.FeedTo(builder);
            return meeting.ClaimDownwards(key);
        }

        public void Add(StatementColumns row, long facts) =>
            _current.Add(row.Int64(1), row.Int64(2), facts, Campaign(row, 4, _campaigns), StepFacts.HasSurveys(facts) ? row.Bytes(5) : default);

        public void Finish() => _current.FeedTo(builder);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static string? Campaign(StatementColumns row, int column, CampaignNames campaigns)
    {
        ReadOnlySpan<byte> bytes = row.Bytes(column);
        return !bytes.IsEmpty ? campaigns.Read(bytes) : row.IsNull(column) ? null : string.Empty;
    }
}
