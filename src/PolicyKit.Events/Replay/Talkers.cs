using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Events.Replay;

/// <summary>Bytes written and events per key (a user, a user agent, a resource, a namespace); merging is summing.</summary>
public sealed class Talkers
{
    private readonly Dictionary<string, (long Events, long Bytes)> _byKey;

    public Talkers()
        : this(byReference: false)
    {
    }

    /// <param name="byReference">
    /// Key by string instance: a batch's keys are mostly the event view's shared strings, so this saves hashing text per event;
    /// two instances of one text are two entries until the batch is added to a total keyed by text.
    /// </param>
    internal Talkers(bool byReference)
        => _byKey = byReference ? new(ReferenceEqualityComparer.Instance) : new(System.StringComparer.Ordinal);

    public int Count => _byKey.Count;

    internal void Add(string key, long bytes)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byKey, key, out _);
        slot = (slot.Events + 1, slot.Bytes + bytes);
    }

    internal void Add(Talkers other)
    {
        foreach (var (key, value) in other._byKey)
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byKey, key, out _);
            slot = (slot.Events + value.Events, slot.Bytes + value.Bytes);
        }
    }

    internal void Clear() => _byKey.Clear();

    /// <summary>The <paramref name="count"/> keys with most bytes (then events, then key, so the order is stable).</summary>
    public IReadOnlyList<Talker> Top(int count)
        => _byKey.Select(p => new Talker(p.Key, p.Value.Events, p.Value.Bytes))
            .OrderByDescending(t => t.Bytes).ThenByDescending(t => t.Events).ThenBy(t => t.Key, System.StringComparer.Ordinal)
            .Take(count).ToList();

    /// <summary>The <paramref name="count"/> keys with most events (changed events, whose bytes may be negative).</summary>
    public IReadOnlyList<Talker> TopByEvents(int count)
        => _byKey.Select(p => new Talker(p.Key, p.Value.Events, p.Value.Bytes))
            .OrderByDescending(t => t.Events).ThenBy(t => t.Key, System.StringComparer.Ordinal)
            .Take(count).ToList();
}

/// <summary>One key of a <see cref="Talkers"/> table.</summary>
public readonly record struct Talker(string Key, long Events, long Bytes);
