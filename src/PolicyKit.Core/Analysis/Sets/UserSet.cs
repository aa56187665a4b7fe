using System.Collections.Generic;

namespace PolicyKit.Analysis;

/// <summary>
/// A set of callers: possibly "no user" (failed authentication), and the authenticated users whose
/// name is in <see cref="Names"/> and whose groups satisfy <see cref="Groups"/>. An empty user name is
/// no user, as in the apiserver.
/// </summary>
internal sealed class UserSet
{
    public static readonly UserSet Any = new(true, StringSet.Any, GroupSet.Any);

    public UserSet(bool noUser, StringSet names, GroupSet groups)
    {
        NoUser = noUser;
        Names = names.Where(n => n.Length > 0);
        Groups = groups;
    }

    /// <summary>Whether the request without a user belongs to the set.</summary>
    public bool NoUser { get; }

    public StringSet Names { get; }

    public GroupSet Groups { get; }

    public bool IsAny => NoUser && Names.IsAny && Groups.IsAny;

    public bool IsEmpty => !NoUser && (Names.IsEmpty || !Groups.IsSatisfiable);

    /// <summary>Whether every caller in <paramref name="other"/> is in this set (sound; see <see cref="GroupSet.Implied"/>).</summary>
    public bool Contains(UserSet other)
        => (!other.NoUser || NoUser)
           && (other.Names.IsEmpty || !other.Groups.IsSatisfiable || (Names.Contains(other.Names) && Groups.Implied(other.Groups)));

    /// <summary>Whether some caller is in both sets.</summary>
    public bool Overlaps(UserSet other)
        => (NoUser && other.NoUser) || (Names.Overlaps(other.Names) && Groups.Overlaps(other.Groups));

    public UserSet Intersect(UserSet other)
    {
        if (other.IsAny)
        {
            return this;
        }
        return IsAny ? other : new UserSet(NoUser && other.NoUser, Names.Intersect(other.Names), Groups.Intersect(other.Groups));
    }

    /// <summary>This set without <paramref name="other"/>, as pieces that together are exactly the difference.</summary>
    public IEnumerable<UserSet> Minus(UserSet other)
    {
        if (NoUser && !other.NoUser)
        {
            yield return new UserSet(true, StringSet.Empty, GroupSet.Any);
        }
        var otherNames = Names.Minus(other.Names);
        if (!otherNames.IsEmpty)
        {
            yield return new UserSet(false, otherNames, Groups);
        }
        var sameNames = Names.Intersect(other.Names);
        if (sameNames.IsEmpty)
        {
            yield break;
        }
        foreach (var piece in other.Groups.ComplementPieces())
        {
            yield return new UserSet(false, sameNames, Groups.Intersect(piece));
        }
    }

    public override string ToString() => (NoUser ? "no user or " : "") + "users " + Names + (Groups.IsAny ? "" : " with groups " + Groups);
}
