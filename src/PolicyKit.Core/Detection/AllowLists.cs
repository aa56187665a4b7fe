using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Detection;

/// <summary>
/// Named allow-lists: each rule pack declares a list with its defaults; operators add entries by name
/// (<see cref="AllowListAdditions"/>) without editing the rules. Additions belong to the engine that runs
/// the rules: while it runs them on a thread it puts its additions in <see cref="Use"/>, so the compiled
/// rules (which call <c>AllowList.Contains</c>) and the interpreter see the same entries, and two engines
/// with different additions never see each other's.
/// </summary>
public static class AllowLists
{
    [ThreadStatic]
    private static AllowListAdditions? _current;

    /// <summary>Makes <paramref name="additions"/> the ones seen on this thread until the scope is disposed.</summary>
    public static Scope Use(AllowListAdditions? additions)
    {
        var previous = _current;
        _current = additions;
        return new Scope(previous);
    }

    /// <summary>Whether the value is a default of the list or was added to it by the engine running now.</summary>
    public static bool Contains(string name, IReadOnlyCollection<string> defaults, string value)
        => defaults.Contains(value) || (_current is { } added && added.Contains(name, value));

    /// <summary>Restores the additions seen before <see cref="Use"/>.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly AllowListAdditions? _previous;

        internal Scope(AllowListAdditions? previous) => _previous = previous;

        public void Dispose() => _current = _previous;
    }
}

/// <summary>Entries operators add to named allow-lists (<c>--allow secret-readers=system:serviceaccount:backup:velero</c>).</summary>
public sealed class AllowListAdditions
{
    private readonly Dictionary<string, HashSet<string>> _lists = new(StringComparer.Ordinal);

    public static AllowListAdditions None { get; } = new();

    /// <summary>The names of the lists that have additions.</summary>
    public IEnumerable<string> Names => _lists.Keys;

    /// <summary>Adds entries to the list called <paramref name="name"/>.</summary>
    public AllowListAdditions Add(string name, params string[] values)
    {
        if (!_lists.TryGetValue(name, out var set))
        {
            _lists[name] = set = new HashSet<string>(StringComparer.Ordinal);
        }
        set.UnionWith(values);
        return this;
    }

    public bool Contains(string name, string value) => _lists.TryGetValue(name, out var set) && set.Contains(value);

    /// <summary>The entries added to a list.</summary>
    public IReadOnlyCollection<string> Added(string name) => _lists.TryGetValue(name, out var set) ? set.ToArray() : Array.Empty<string>();
}

/// <summary>The allow-lists a rule's condition consults.</summary>
public static class AllowListUse
{
    public static IEnumerable<string> Names(DetectionCondition condition) => condition switch
    {
        InListCondition list when list.ListName.Length > 0 => new[] { list.ListName },
        AllOf all => all.Items.SelectMany(Names),
        AnyOf any => any.Items.SelectMany(Names),
        NotCondition not => Names(not.Inner),
        AnyItemCondition item => Names(item.Predicate),
        _ => Enumerable.Empty<string>(),
    };
}
