namespace PolicyKit.Events.Replay;

/// <summary>
/// What one policy wrote for the events of a log (or of one batch of it): per deciding rule, per level, and per
/// user, user agent, resource and namespace. Tallies are sums, so batches merge in any grouping to the same totals.
/// </summary>
public sealed class PolicyTally
{
    public PolicyTally(int rules)
        : this(rules, byReference: false)
    {
    }

    /// <param name="rules">The policy's rule count.</param>
    /// <param name="byReference">For one batch: talkers keyed by string instance (see <see cref="Talkers"/>).</param>
    internal PolicyTally(int rules, bool byReference)
    {
        Users = new(byReference);
        UserAgents = new(byReference);
        Resources = new(byReference);
        Namespaces = new(byReference);
        Rules = new RuleTally[rules + 1];
        for (var i = 0; i < Rules.Length; i++)
        {
            Rules[i] = new RuleTally();
        }
    }

    /// <summary>One per rule, in policy order, then one for events no rule matched (level None).</summary>
    public RuleTally[] Rules { get; }

    /// <summary>Events no rule matched (the apiserver writes nothing for them).</summary>
    public RuleTally Unmatched => Rules[^1];

    /// <summary>Per level (index: <see cref="Level"/>): events decided at it, and bytes written.</summary>
    public long[] LevelEvents { get; } = new long[4];

    public long[] LevelBytes { get; } = new long[4];

    public Talkers Users { get; }

    public Talkers UserAgents { get; }

    public Talkers Resources { get; }

    public Talkers Namespaces { get; }

    public long Events { get; internal set; }

    public long WrittenEvents { get; internal set; }

    public long Bytes { get; internal set; }

    public long EstimatedBytes { get; internal set; }

    public RuleTally For(AuditDecision decision) => decision.RuleIndex < 0 || decision.RuleIndex >= Rules.Length - 1 ? Unmatched : Rules[decision.RuleIndex];

    internal void Add(PolicyTally other)
    {
        for (var i = 0; i < Rules.Length; i++)
        {
            Rules[i].Add(other.Rules[i]);
        }
        for (var i = 0; i < 4; i++)
        {
            LevelEvents[i] += other.LevelEvents[i];
            LevelBytes[i] += other.LevelBytes[i];
        }
        Users.Add(other.Users);
        UserAgents.Add(other.UserAgents);
        Resources.Add(other.Resources);
        Namespaces.Add(other.Namespaces);
        Events += other.Events;
        WrittenEvents += other.WrittenEvents;
        Bytes += other.Bytes;
        EstimatedBytes += other.EstimatedBytes;
    }

    internal void Clear()
    {
        foreach (var rule in Rules)
        {
            rule.Clear();
        }
        System.Array.Clear(LevelEvents);
        System.Array.Clear(LevelBytes);
        Users.Clear();
        UserAgents.Clear();
        Namespaces.Clear();
        Resources.Clear();
        Events = WrittenEvents = Bytes = EstimatedBytes = 0;
    }
}
