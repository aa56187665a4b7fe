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
        var (oldOnly, newOnly) = Unshared(same);
        if (oldOnly.Count + newOnly.Count > MaxUnshared)
        {
            return PolicySpace.Everything;
        }
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

    /// <summary>The rules of each policy outside a longest common subsequence of the two rule lists.</summary>
    private static (List<int> OldOnly, List<int> NewOnly) Unshared(RuleIdentity same)
    {
        var a = same.Old;
        var b = same.New;
        var n = a.Length;
        var m = b.Length;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] && a[i] >= 0 ? lcs[i + 1, j + 1] + 1 : System.Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var oldOnly = new List<int>();
        var newOnly = new List<int>();
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (a[x] == b[y] && a[x] >= 0)
            {
                x++;
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
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
}
