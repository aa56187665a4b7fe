using System;
using System.Collections.Generic;

namespace PolicyKit.Analysis;

/// <summary>
/// A set of strings that is either finite (the listed items) or cofinite (every string but the listed
/// items). Policies only ever compare request attributes for equality with the strings they name, so
/// these sets are closed under every operation the analyses need and are exact.
/// </summary>
internal readonly struct StringSet : IEquatable<StringSet>
{
    private static readonly string[] None = Array.Empty<string>();

    private readonly string[]? _items;

    private StringSet(bool cofinite, string[] items)
    {
        IsCofinite = cofinite;
        _items = items;
    }

    /// <summary>Every string.</summary>
    public static StringSet Any => new(true, None);

    /// <summary>No string.</summary>
    public static StringSet Empty => new(false, None);

    /// <summary>Exactly these strings.</summary>
    public static StringSet Of(IEnumerable<string> items) => new(false, Normalize(items));

    public static StringSet Of(string item) => new(false, new[] { item });

    /// <summary>Every string except these.</summary>
    public static StringSet Except(IEnumerable<string> items) => new(true, Normalize(items));

    /// <summary>True: the listed items are excluded. False: the listed items are the set.</summary>
    public bool IsCofinite { get; }

    /// <summary>The listed items, sorted ordinally.</summary>
    public IReadOnlyList<string> Items => _items ?? None;

    public bool IsEmpty => !IsCofinite && Items.Count == 0;

    public bool IsAny => IsCofinite && Items.Count == 0;

    public bool Contains(string value) => IsCofinite != (Array.BinarySearch(_items ?? None, value, StringComparer.Ordinal) >= 0);

    /// <summary>Whether every member of <paramref name="other"/> is a member of this set.</summary>
    public bool Contains(StringSet other)
    {
        if (!other.IsCofinite)
        {
            foreach (var item in other.Items)
            {
                if (!Contains(item))
                {
                    return false;
                }
            }
            return true;
        }
        if (!IsCofinite)
        {
            return false;
        }
        // A cofinite set lies in a cofinite one when everything this one excludes, the other excludes too.
        foreach (var item in Items)
        {
            if (other.Contains(item))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the two sets share a member (without building the intersection).</summary>
    public bool Overlaps(StringSet other)
    {
        if (IsCofinite && other.IsCofinite)
        {
            return true;
        }
        var (finite, by) = IsCofinite ? (other, this) : (this, other);
        foreach (var item in finite.Items)
        {
            if (by.Contains(item))
            {
                return true;
            }
        }
        return false;
    }

    public StringSet Intersect(StringSet other) => (IsCofinite, other.IsCofinite) switch
    {
        (false, false) => new(false, Filter(Items, other)),
        (false, true) => new(false, Filter(Items, other)),
        (true, false) => new(false, Filter(other.Items, this)),
        _ => new(true, Union(Items, other.Items)),
    };

    /// <summary>This set without the members of <paramref name="other"/>.</summary>
    public StringSet Minus(StringSet other) => Intersect(other.Complement());

    public StringSet Complement() => new(!IsCofinite, _items ?? None);

    /// <summary>Restricts the set to strings for which <paramref name="allowed"/> holds (finite sets only need filtering).</summary>
    public StringSet Where(Func<string, bool> allowed)
    {
        if (IsCofinite)
        {
            return this;
        }
        var kept = new List<string>();
        foreach (var item in Items)
        {
            if (allowed(item))
            {
                kept.Add(item);
            }
        }
        return kept.Count == Items.Count ? this : new(false, kept.ToArray());
    }

    public bool Equals(StringSet other)
    {
        if (IsCofinite != other.IsCofinite || Items.Count != other.Items.Count)
        {
            return false;
        }
        for (var i = 0; i < Items.Count; i++)
        {
            if (!string.Equals(Items[i], other.Items[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is StringSet other && Equals(other);

    public override int GetHashCode() => (IsCofinite ? 1 : 0) ^ Items.Count;

    public override string ToString() => (IsCofinite ? "not " : "") + "{" + string.Join(", ", Items) + "}";

    private static string[] Filter(IReadOnlyList<string> items, StringSet by)
    {
        var kept = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (by.Contains(item))
            {
                kept.Add(item);
            }
        }
        return kept.ToArray();
    }

    private static string[] Union(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var all = new List<string>(a.Count + b.Count);
        all.AddRange(a);
        all.AddRange(b);
        return Normalize(all);
    }

    private static string[] Normalize(IEnumerable<string> items)
    {
        var set = new SortedSet<string>(items, StringComparer.Ordinal);
        var result = new string[set.Count];
        set.CopyTo(result);
        return result;
    }
}
