using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Detection;

/// <summary>
/// Named allow-lists: each rule pack declares a list with its defaults; operators add entries by name
/// (from their own repo or the command line) without editing the rules. Process-wide, so that compiled
/// rules and the interpreter see the same additions.
/// </summary>
public static class AllowLists
{
    private static readonly ConcurrentDictionary<string, HashSet<string>> Additions = new(StringComparer.Ordinal);

    /// <summary>Adds entries to the list called <paramref name="name"/>.</summary>
    public static void Extend(string name, IEnumerable<string> values)
    {
        var set = Additions.GetOrAdd(name, _ => new HashSet<string>(StringComparer.Ordinal));
        lock (set)
        {
            set.UnionWith(values);
        }
    }

    /// <summary>Removes every addition (tests).</summary>
    public static void Reset() => Additions.Clear();

    /// <summary>The entries added to a list so far.</summary>
    public static IReadOnlyCollection<string> Added(string name)
    {
        if (!Additions.TryGetValue(name, out var set))
        {
            return Array.Empty<string>();
        }
        lock (set)
        {
            return set.ToArray();
        }
    }

    /// <summary>Whether the value is a default of the list or was added to it.</summary>
    public static bool Contains(string name, IReadOnlyCollection<string> defaults, string value)
    {
        if (defaults.Contains(value))
        {
            return true;
        }
        if (name.Length == 0 || !Additions.TryGetValue(name, out var set))
        {
            return false;
        }
        lock (set)
        {
            return set.Contains(value);
        }
    }
}
