namespace PolicyKit.Events.Replay;

/// <summary>What one rule (or "no rule matched") decided over a log: events, events written per stage, bytes.</summary>
public sealed class RuleTally
{
    /// <summary>Slots of <see cref="Written"/>: the four stages, then events whose stage PolicyKit does not know.</summary>
    public const int StageSlots = 5;

    /// <summary>Events the rule decided.</summary>
    public long Matched { get; internal set; }

    /// <summary>Events written, per stage (index: <see cref="Stage"/>, 4: unknown stage); 0 for a stage the rule omits.</summary>
    public long[] Written { get; } = new long[StageSlots];

    /// <summary>Bytes written (JSON lines), estimated bodies included.</summary>
    public long Bytes { get; internal set; }

    /// <summary>The part of <see cref="Bytes"/> that is the size model's estimate of bodies the log lacks.</summary>
    public long EstimatedBytes { get; internal set; }

    public long WrittenEvents
    {
        get
        {
            long sum = 0;
            foreach (var n in Written)
            {
                sum += n;
            }
            return sum;
        }
    }

    internal void Add(RuleTally other)
    {
        Matched += other.Matched;
        for (var i = 0; i < StageSlots; i++)
        {
            Written[i] += other.Written[i];
        }
        Bytes += other.Bytes;
        EstimatedBytes += other.EstimatedBytes;
    }

    internal void Clear()
    {
        Matched = Bytes = EstimatedBytes = 0;
        System.Array.Clear(Written);
    }
}
