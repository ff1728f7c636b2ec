using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CustomerJourney.Access;
using CustomerJourney.Model;
using CustomerJourney.Query;

namespace CustomerJourney.Client;

/// <summary>
/// Merges the sources' answers of one lookup in one pass per record: each record is checked
/// (<see cref="SourceAnswerCheck"/>), shown as the access context allows (R15), de-duplicated by
/// (source, id) within and across sources (the first one seen wins) and matched against the first
/// view's period, campaign and channel. Every lookup reads every record here, so the loop is kept
/// free of interface calls and allocations (docs/benchmarks.md measures it).
/// </summary>
/// <remarks>
/// De-duplication uses an open-addressing table rented from the pool and sized once for the whole
/// answer. Each slot holds the id's hash beside the record's merged position, so a probe that meets
/// another id moves on without reading that record; a general dictionary of (source, id) keys, with
/// its garbage, cost more than the rest of the merge.
/// </remarks>
internal sealed class JourneyMerge : IDisposable
{
    private readonly Interaction[] _merged;
    private readonly int _mask;
    private readonly PeriodRange _period;
    private readonly AccessContext _access;
    private readonly FirstViewMatch _firstView;
    private readonly List<Interaction> _matching = [];
    private HashSet<string>? _hiddenCampaigns;
    private ulong[] _slots;
    private int _count;
    private Interaction?[]? _copy;

    // What the read-ahead loads add up to, kept only so the compiler cannot drop those loads.
#pragma warning disable IDE0052 // Written, never read: on purpose.
    private int _readAhead;
#pragma warning restore IDE0052

    /// <summary>A merge of at most <paramref name="capacity"/> records.</summary>
    public JourneyMerge(int capacity, PeriodRange period, JourneyFilter firstView, AccessContext access)
    {
        _merged = capacity == 0 ? [] : new Interaction[capacity];
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _slots = ArrayPool<ulong>.Shared.Rent(size);
        Array.Clear(_slots, 0, size);
        _mask = size - 1;
        _period = period;
        _firstView = new FirstViewMatch(period, firstView);
        _access = access;
    }

    /// <summary>The merged interactions, in merge order; they stay valid after <see cref="Dispose"/>.</summary>
    public IReadOnlyList<Interaction> Merged => _count == _merged.Length ? _merged : new ArraySegment<Interaction>(_merged, 0, _count);

    /// <summary>How many interactions were merged.</summary>
    public int Count => _count;

    /// <summary>The merged interactions that pass the first view's period, campaign and channel, in merge order.</summary>
    public IReadOnlyList<Interaction> FirstView => _matching;

    /// <summary>How many records the access context hid (R15).</summary>
    public int Hidden { get; private set; }

    /// <summary>
    /// Whether the lookup knows a campaign only from records the agent may not see, so that listing
    /// it among the other campaigns (R2) would reveal them.
    /// </summary>
    public bool IsKnownOnlyFromHidden(string campaignId)
    {
        if (_hiddenCampaigns is null || !_hiddenCampaigns.Contains(campaignId))
        {
            return false;
        }

        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(_merged[i].Campaign?.Id, campaignId, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Merges one source's answer.</summary>
    /// <returns>Its status; when it answered, with the count it added and a warning per kind of record left out or repaired.</returns>
    public SourceStatus Add(SourceReading answer)
    {
        var check = new SourceAnswerCheck(answer.Status.Name, _period);
        bool checkVisibility = !_access.SeesEverything;
        bool shape = _access.MayNeedShaping;

        // The table in locals: the loop calls out (write barriers), after which fields would be read again.
        ulong[] slots = _slots;
        Interaction[] merged = _merged;
        int mask = _mask;
        int count = _count;
        int firstOfSource = count;
        int repeated = 0;
        int earlier = 0;
        ReadOnlySpan<Interaction?> records = Records(answer.Interactions);
        int readAhead = 0;
        for (int r = 0; r < records.Length; r++)
        {
            // Reading ahead starts the cache misses of later records (the record eight on, the id
            // four on) while this one is merged, instead of waiting for each in turn (about 7 %).
            if (r + 8 < records.Length && records[r + 8] is { } eightOn)
            {
                readAhead += (int)eightOn.Channel;
            }

            if (r + 4 < records.Length && records[r + 4] is { Id: { } fourOn })
            {
                readAhead += fourOn.Length;
            }

            // Divisions (R15) before anything else: what the agent may not see leaves no trace, not
            // even in a warning's count or a duplicate's.
            Interaction? record = records[r];
            if (checkVisibility && AccessFilter.Hides(_access, record))
            {
                Hide(record);
                continue;
            }

            if (check.Admit(record) is not { } admitted)
            {
                continue;
            }

            Interaction interaction = shape ? AccessFilter.Shape(_access, admitted) : admitted;

            // One probe per interaction tells both whether it was seen and by which source.
            string id = interaction.Id;
            uint hash = IdHash.Of(id);
            int slot = unchecked((int)hash) & mask;
            int known = -1;
            for (ulong entry = slots[slot]; entry != 0; entry = slots[slot])
            {
                // A slot holds the hash in its high half and the merged position plus one in its low half; zero is empty.
                int position = unchecked((int)(uint)entry) - 1;
                if ((uint)(entry >> 32) == hash && IsSame(merged[position], interaction))
                {
                    known = position;
                    break;
                }

                slot = (slot + 1) & mask;
            }

            if (known < 0)
            {
                merged[count] = interaction;
                count++;
                slots[slot] = ((ulong)hash << 32) | (uint)count;
                if (_firstView.MatchesInPeriod(interaction))
                {
                    _matching.Add(interaction);
                }
            }
            else if (known >= firstOfSource)
            {
                repeated++;
            }
            else
            {
                earlier++;
            }
        }

        _count = count;
        _readAhead += readAhead;
        if (!answer.Status.IsOk)
        {
            return answer.Status;
        }

        var warnings = new List<string>(answer.Status.Warnings);
        check.AddWarnings(warnings);
        SourceAnswerCheck.Warn(warnings, repeated, "repeating an id already seen were left out");
        SourceAnswerCheck.Warn(warnings, earlier, "already returned by an earlier source were left out");
        return answer.Status with { InteractionCount = count - firstOfSource, Warnings = warnings };
    }

    private void Hide(Interaction? record)
    {
        Hidden++;
        if (record?.Campaign?.Id is { } campaign)
        {
            (_hiddenCampaigns ??= new HashSet<string>(StringComparer.Ordinal)).Add(campaign);
        }
    }

    /// <summary>Returns the merge's buffers to the pool; the merged interactions stay valid.</summary>
    public void Dispose()
    {
        ArrayPool<ulong>.Shared.Return(_slots);
        _slots = [];
        if (_copy is not null)
        {
            ArrayPool<Interaction?>.Shared.Return(_copy, clearArray: true);
            _copy = null;
        }
    }

    // Out of the loop: equal hashes are rare (a repeated record, or a collision of 32 bits).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsSame(Interaction known, Interaction interaction) =>
        string.Equals(known.Id, interaction.Id, StringComparison.Ordinal) && string.Equals(known.Source, interaction.Source, StringComparison.Ordinal);

    // A source's records as a span: an interface call per record would cost as much as checking it.
    // Lists that are neither arrays nor List<T> are copied into one rented buffer, reused across sources.
    private ReadOnlySpan<Interaction?> Records(IReadOnlyList<Interaction?> records)
    {
        switch (records)
        {
            case Interaction?[] array:
                return array;
            case List<Interaction?> list:
                return CollectionsMarshal.AsSpan(list);
        }

        int count = records.Count;
        if (_copy is null || _copy.Length < count)
        {
            if (_copy is not null)
            {
                ArrayPool<Interaction?>.Shared.Return(_copy, clearArray: true);
            }

            _copy = ArrayPool<Interaction?>.Shared.Rent(count);
        }

        if (records is ICollection<Interaction?> collection)
        {
            collection.CopyTo(_copy, 0);
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                _copy[i] = records[i];
            }
        }

        return _copy.AsSpan(0, count);
    }
}
