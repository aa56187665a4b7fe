using System.Collections.Generic;

namespace PolicyKit.Events.Replay;

/// <summary>
/// How two policies decided the same events differently (diff --events): events per old → new level and per old → new
/// deciding rule (-1: none), and the users and resources of the events whose written output changed.
/// </summary>
public sealed class ChangeTally
{
    public Dictionary<(Level Old, Level New), long> Levels { get; } = new();

    public Dictionary<(int Old, int New), long> Rules { get; } = new();

    /// <summary>Events whose level, or whether their stage is written, differs between the two.</summary>
    public long ChangedEvents { get; internal set; }

    /// <summary>Per user of a changed event: events, and new minus old bytes.</summary>
    public Talkers Users { get; } = new();

    public Talkers Resources { get; } = new();

    internal void Add(ChangeTally other)
    {
        foreach (var (key, n) in other.Levels)
        {
            Levels[key] = Levels.GetValueOrDefault(key) + n;
        }
        foreach (var (key, n) in other.Rules)
        {
            Rules[key] = Rules.GetValueOrDefault(key) + n;
        }
        ChangedEvents += other.ChangedEvents;
        Users.Add(other.Users);
        Resources.Add(other.Resources);
    }

    internal void Clear()
    {
        Levels.Clear();
        Rules.Clear();
        ChangedEvents = 0;
        Users.Clear();
        Resources.Clear();
    }
}
