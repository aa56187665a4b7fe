using System;
using System.Collections.Generic;
using System.Linq;

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
        // Walk the smaller finite side and look each item up in the other: a rule naming 100,000 values meets
        // single values over and over, and must not cost 100,000 lookups each time.
        var (finite, by) = IsCofinite ? (other, this)
            : other.IsCofinite || Items.Count <= other.Items.Count ? (this, other) : (other, this);
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
        (false, false) => Items.Count <= other.Items.Count ? new(false, Filter(Items, other)) : new(false, Filter(other.Items, this)),
        (false, true) => new(false, Filter(Items, other)),
        (true, false) => new(false, Filter(other.Items, this)),
        _ => new(true, Union(Items, other.Items)),
    };

    /// <summary>Every member of either set.</summary>
    public StringSet Union(StringSet other) => (IsCofinite, other.IsCofinite) switch
    {
        (false, false) => new(false, Union(Items, other.Items)),
        _ => Complement().Intersect(other.Complement()).Complement(),
    };

    /// <summary>The union of many sets; finite sets are unioned in one sort, a cofinite one by intersecting exclusions.</summary>
    public static StringSet Union(IEnumerable<StringSet> sets)
    {
        var list = sets.ToList();
        if (list.All(s => !s.IsCofinite))
        {
            return Of(list.SelectMany(s => s.Items));
        }
        return list.Aggregate(Empty, (union, s) => union.Union(s));
    }

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
        if (IsCofinite == other.IsCofinite && ReferenceEquals(_items, other._items))
        {
            return true;
        }
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

    public override int GetHashCode()
        => Items.Count == 0 ? (IsCofinite ? 1 : 0)
            : ((IsCofinite ? 1 : 0) ^ Items.Count ^ StringComparer.Ordinal.GetHashCode(Items[0]) * 31) ^ StringComparer.Ordinal.GetHashCode(Items[Items.Count - 1]);

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

    /// <summary>
    /// The union of two sorted, duplicate-free lists. A search that escapes rule after rule adds one or two
    /// exclusions at a time to a list of thousands: those are inserted by binary search and block copies;
    /// lists of similar size are merged in one pass.
    /// </summary>
    private static string[] Union(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count < b.Count)
        {
            (a, b) = (b, a);
        }
        if (b.Count == 0)
        {
            return a as string[] ?? new List<string>(a).ToArray();
        }
        return b.Count <= 8 && a is string[] large ? Insert(large, b) : Merge(a, b);
    }

    private static string[] Insert(string[] large, IReadOnlyList<string> few)
    {
        var result = large;
        foreach (var item in few)
        {
            var at = Array.BinarySearch(result, item, StringComparer.Ordinal);
            if (at >= 0)
            {
                continue;
            }
            at = ~at;
            var grown = new string[result.Length + 1];
            Array.Copy(result, 0, grown, 0, at);
            grown[at] = item;
            Array.Copy(result, at, grown, at + 1, result.Length - at);
            result = grown;
        }
        return result;
    }

    private static string[] Merge(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var all = new List<string>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var order = string.CompareOrdinal(a[i], b[j]);
            all.Add(order <= 0 ? a[i] : b[j]);
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        for (; i < a.Count; i++)
        {
            all.Add(a[i]);
        }
        for (; j < b.Count; j++)
        {
            all.Add(b[j]);
        }
        return all.ToArray();
    }

    /// <summary>Sorted ordinally, duplicates removed.</summary>
    private static string[] Normalize(IEnumerable<string> items)
    {
        var all = new List<string>(items);
        all.Sort(StringComparer.Ordinal);
        var kept = 0;
        for (var i = 0; i < all.Count; i++)
        {
            if (kept == 0 || !string.Equals(all[kept - 1], all[i], StringComparison.Ordinal))
            {
                all[kept++] = all[i];
            }
        }
        all.RemoveRange(kept, all.Count - kept);
        return all.ToArray();
    }
}
