using System;
using PolicyKit.Events.Reading;

namespace PolicyKit.Events.Replay;

/// <summary>
/// One batch's (and, merged, the whole log's) replay: a <see cref="PolicyTally"/> per policy, how two policies' decisions
/// differ, the logged bytes, and the span of the events' requestReceivedTimestamps (to the second) for projections.
/// </summary>
public sealed class ReplayTally : BatchResult
{
    // Timestamps compare as text to the second: RFC 3339 in UTC has a fixed-width "yyyy-MM-ddTHH:mm:ss" prefix.
    internal const int TimestampPrefix = 19;

    private PolicyTally[] _sides = [];
    private byte[]? _first, _last;

    public PolicyTally[] Sides => _sides;

    /// <summary>With two sides: how the second decided the events differently from the first.</summary>
    public ChangeTally Changes { get; } = new();

    /// <summary>Bytes of the events as logged (one line each).</summary>
    public long LoggedBytes { get; internal set; }

    /// <summary>Events logged at each level (index: <see cref="Level"/>).</summary>
    public long[] LoggedLevels { get; } = new long[4];

    /// <summary>Events logged per stage (RuleTally's slots).</summary>
    public long[] LoggedStages { get; } = new long[RuleTally.StageSlots];

    /// <summary>The earliest and latest requestReceivedTimestamp, or null without any.</summary>
    public DateTimeOffset? First => Parse(_first);

    public DateTimeOffset? Last => Parse(_last);

    /// <summary>A total that batches are added to (keyed by text), not a batch.</summary>
    internal bool IsTotal { get; init; }

    internal void Prepare(ReplaySide[] sides)
    {
        if (_sides.Length == sides.Length)
        {
            return;
        }
        _sides = new PolicyTally[sides.Length];
        for (var i = 0; i < sides.Length; i++)
        {
            _sides[i] = new PolicyTally(sides[i].Policy.Rules.Count, byReference: !IsTotal);
        }
    }

    internal void NoteTimestamp(ReadOnlySpan<byte> text)
    {
        if (text.Length < TimestampPrefix)
        {
            return;
        }
        var second = text[..TimestampPrefix];
        if (_first is null || second.SequenceCompareTo(_first) < 0)
        {
            _first = second.ToArray();
        }
        if (_last is null || second.SequenceCompareTo(_last) > 0)
        {
            _last = second.ToArray();
        }
    }

    /// <summary>Adds another batch's tallies (the sides must be the same policies).</summary>
    public void Add(ReplayTally other)
    {
        // A batch no event reached (only problems, or the empty end of an input) has no sides yet.
        if (other._sides.Length > 0)
        {
            if (_sides.Length == 0)
            {
                _sides = new PolicyTally[other._sides.Length];
                for (var i = 0; i < _sides.Length; i++)
                {
                    _sides[i] = new PolicyTally(other._sides[i].Rules.Length - 1);
                }
            }
            for (var i = 0; i < _sides.Length; i++)
            {
                _sides[i].Add(other._sides[i]);
            }
        }
        Changes.Add(other.Changes);
        LoggedBytes += other.LoggedBytes;
        for (var i = 0; i < 4; i++)
        {
            LoggedLevels[i] += other.LoggedLevels[i];
        }
        for (var i = 0; i < RuleTally.StageSlots; i++)
        {
            LoggedStages[i] += other.LoggedStages[i];
        }
        Events += other.Events;
        if (other._first is not null)
        {
            NoteTimestamp(other._first);
            NoteTimestamp(other._last);
        }
    }

    public override void Clear()
    {
        base.Clear();
        foreach (var side in _sides)
        {
            side.Clear();
        }
        Changes.Clear();
        LoggedBytes = 0;
        Array.Clear(LoggedLevels);
        Array.Clear(LoggedStages);
        _first = _last = null;
    }

    private static DateTimeOffset? Parse(byte[]? text)
        => text is not null && DateTimeOffset.TryParseExact(System.Text.Encoding.ASCII.GetString(text) + "Z", "yyyy-MM-dd'T'HH:mm:ssK",
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}
