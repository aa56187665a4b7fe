using System.Collections.Generic;
using System.Linq;
using PolicyKit.Analysis;

namespace PolicyKit.Diff;

/// <summary>
/// Where decisions can differ at all. Rules both policies share, in the same relative order (a longest common
/// subsequence, names aside), decide alike: a request that no other rule of either policy matches is first matched
/// by the same shared rule on both sides, or by none. So only the requests some unshared rule matches need the exact
/// partition — for a one-rule change, the requests of that rule, however large the policies.
/// </summary>
internal static class ChangeScope
{
    /// <summary>Above this many unshared rules, splitting their union into disjoint cubes costs more than it saves.</summary>
    private const int MaxUnshared = 64;

    /// <summary>Disjoint cubes that hold every request whose outcome may differ.</summary>
    public static IReadOnlyList<RequestCube> Of(Policy old, Policy @new, DiffVersions versions, RuleIdentity same)
    {
        if (old.OmitStages != @new.OmitStages || old.OmitManagedFields != @new.OmitManagedFields)
        {
            return PolicySpace.Everything;
        }
        if (Unshared(same) is not { } unshared || unshared.OldOnly.Count + unshared.NewOnly.Count > MaxUnshared)
        {
            return PolicySpace.Everything;
        }
        var (oldOnly, newOnly) = unshared;
        var cubes = oldOnly.SelectMany(i => RuleRegion.Of(old.Rules[i], versions.Old))
            .Concat(newOnly.SelectMany(i => RuleRegion.Of(@new.Rules[i], versions.New)));
        var disjoint = new List<RequestCube>();
        foreach (var cube in cubes)
        {
            IEnumerable<RequestCube> pieces = new[] { cube };
            foreach (var earlier in disjoint.ToArray())
            {
                pieces = pieces.SelectMany(p => p.Minus(earlier)).ToList();
            }
            disjoint.AddRange(pieces);
        }
        return disjoint;
    }

    /// <summary>
    /// The rules of each policy outside a longest common subsequence of the two rule lists, or null when more than
    /// <see cref="MaxUnshared"/> are (the caller then searches everything anyway). The rules both lists start and end
    /// with are part of a longest common subsequence, so the table is built only for the rules between: a one-rule
    /// edit of a 20,000-rule policy needs a 1×1 table, not 20,000×20,000 (1.6 GB).
    /// </summary>
    private static (List<int> OldOnly, List<int> NewOnly)? Unshared(RuleIdentity same)
    {
        var a = same.Old;
        var b = same.New;
        bool Shared(int x, int y) => a[x] == b[y] && a[x] >= 0;
        var start = 0;
        while (start < a.Length && start < b.Length && Shared(start, start))
        {
            start++;
        }
        int n = a.Length, m = b.Length;
        while (n > start && m > start && Shared(n - 1, m - 1))
        {
            n--;
            m--;
        }
        // At least |n − m| rules are unshared; and past MaxUnshared the result is not used, so no table is built.
        if (System.Math.Abs(n - m) > MaxUnshared || (long)(n - start) * (m - start) > MaxTableCells)
        {
            return null;
        }
        var lcs = new int[n - start + 1, m - start + 1];
        for (var i = n - 1; i >= start; i--)
        {
            for (var j = m - 1; j >= start; j--)
            {
                lcs[i - start, j - start] = Shared(i, j) ? lcs[i - start + 1, j - start + 1] + 1 : System.Math.Max(lcs[i - start + 1, j - start], lcs[i - start, j - start + 1]);
            }
        }
        var oldOnly = new List<int>();
        var newOnly = new List<int>();
        int x = start, y = start;
        while (x < n && y < m)
        {
            if (Shared(x, y))
            {
                x++;
                y++;
            }
            else if (lcs[x - start + 1, y - start] >= lcs[x - start, y - start + 1])
            {
                oldOnly.Add(x++);
            }
            else
            {
                newOnly.Add(y++);
            }
        }
        while (x < n)
        {
            oldOnly.Add(x++);
        }
        while (y < m)
        {
            newOnly.Add(y++);
        }
        return (oldOnly, newOnly);
    }

    /// <summary>The largest LCS table built (16 million cells, 64 MB); beyond it everything is searched, as past <see cref="MaxUnshared"/>.</summary>
    private const long MaxTableCells = 16_000_000;
}
