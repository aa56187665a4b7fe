using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Analysis;

/// <summary>
/// A constraint on the groups of an authenticated user: none of <see cref="Forbidden"/>, and at least
/// one member of every clause. Rules only ask "is some group of the user in this list", so this form
/// is closed under intersection, and its complement is a union of such constraints.
/// </summary>
internal sealed class GroupSet : IEquatable<GroupSet>
{
    public static readonly GroupSet Any = new(StringSet.Empty, Array.Empty<StringSet>());

    private GroupSet(StringSet forbidden, StringSet[] clauses)
    {
        Forbidden = forbidden;
        Clauses = clauses;
    }

    /// <summary>The user is in at least one of these groups.</summary>
    public static GroupSet InAnyOf(IEnumerable<string> groups) => new(StringSet.Empty, new[] { StringSet.Of(groups) });

    /// <summary>Groups the user must not be in (a finite set).</summary>
    public StringSet Forbidden { get; }

    /// <summary>Each clause: the user is in at least one of its groups (finite sets).</summary>
    public IReadOnlyList<StringSet> Clauses { get; }

    public bool IsAny => Forbidden.IsEmpty && Clauses.Count == 0;

    /// <summary>Some set of groups satisfies the constraint: every clause keeps a group that is not forbidden.</summary>
    public bool IsSatisfiable => Clauses.All(c => !c.Minus(Forbidden).IsEmpty);

    /// <summary>Whether some group list satisfies both constraints (without building their intersection).</summary>
    public bool Overlaps(GroupSet other)
    {
        if (other.IsAny)
        {
            return IsSatisfiable;
        }
        if (IsAny)
        {
            return other.IsSatisfiable;
        }
        return Keeps(Clauses, other) && Keeps(other.Clauses, other);
    }

    /// <summary>Each clause keeps a group that neither constraint forbids.</summary>
    private bool Keeps(IReadOnlyList<StringSet> clauses, GroupSet other)
    {
        foreach (var clause in clauses)
        {
            var kept = false;
            foreach (var group in clause.Items)
            {
                if (!Forbidden.Contains(group) && !other.Forbidden.Contains(group))
                {
                    kept = true;
                    break;
                }
            }
            if (!kept)
            {
                return false;
            }
        }
        return true;
    }

    public GroupSet Intersect(GroupSet other)
    {
        if (other.IsAny)
        {
            return this;
        }
        if (IsAny)
        {
            return other;
        }
        var clauses = Clauses.Concat(other.Clauses).Distinct().ToArray();
        return new GroupSet(Forbidden.Union(other.Forbidden), clauses);
    }

    /// <summary>
    /// Whether every group list that satisfies <paramref name="other"/> satisfies this one. Sound, not complete:
    /// a false "no" only costs the analysis a split, a false "yes" would be wrong, so it checks the simple forms.
    /// </summary>
    public bool Implied(GroupSet other)
        => IsAny || (other.Forbidden.Contains(Forbidden)
            && Clauses.All(mine => other.Clauses.Any(theirs => mine.Contains(theirs.Minus(other.Forbidden)))));

    /// <summary>The complement as a union of constraints: in a forbidden group, or outside a whole clause.</summary>
    public IEnumerable<GroupSet> ComplementPieces()
    {
        if (!Forbidden.IsEmpty)
        {
            yield return InAnyOf(Forbidden.Items);
        }
        foreach (var clause in Clauses)
        {
            yield return new GroupSet(clause, Array.Empty<StringSet>());
        }
    }

    /// <summary>A smallest-effort group list that satisfies the constraint, preferring <paramref name="preferred"/> groups.</summary>
    public List<string> Choose(IEnumerable<string> preferred)
    {
        var chosen = new List<string>();
        foreach (var clause in Clauses)
        {
            if (clause.Items.Any(chosen.Contains))
            {
                continue;
            }
            chosen.Add(clause.Items.First(g => !Forbidden.Contains(g)));
        }
        foreach (var group in preferred)
        {
            if (!Forbidden.Contains(group) && !chosen.Contains(group))
            {
                chosen.Add(group);
            }
        }
        return chosen;
    }

    public bool Equals(GroupSet? other)
        => other is not null && Forbidden.Equals(other.Forbidden) && Clauses.SequenceEqual(other.Clauses);

    public override bool Equals(object? obj) => Equals(obj as GroupSet);

    public override int GetHashCode() => Forbidden.GetHashCode() ^ Clauses.Count;

    public override string ToString()
        => string.Join(" and ", Clauses.Select(c => "in " + c).Concat(Forbidden.IsEmpty ? Array.Empty<string>() : new[] { "not in " + Forbidden }));
}
