using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Analysis;

/// <summary>
/// A policy as sets of requests: the region of every rule, and routing of any set of requests through
/// the rules in order, which splits it into the pieces each rule decides (first match wins).
/// </summary>
internal sealed class PolicySpace
{
    public PolicySpace(Policy policy, KubernetesVersion version)
    {
        Policy = policy;
        Version = version;
        Regions = policy.Rules.Select(r => RuleRegion.Of(r, version)).ToArray();
    }

    public Policy Policy { get; }

    public KubernetesVersion Version { get; }

    /// <summary>The requests each rule matches on its own.</summary>
    public IReadOnlyList<RequestCube[]> Regions { get; }

    public int RuleCount => Regions.Count;

    /// <summary>Every request: all resource requests and all non-resource requests.</summary>
    public static RequestCube[] Everything { get; } = { RequestCube.All(true), RequestCube.All(false) };

    /// <summary>
    /// Splits <paramref name="region"/> by the rules <paramref name="from"/> to <paramref name="until"/> − 1:
    /// each piece comes with the first of those rules that matches it, or −1 when none does. Depth-first and
    /// lazy, so a caller looking for one piece of a kind stops as soon as it sees one.
    /// </summary>
    public IEnumerable<(int Rule, RequestCube Piece)> Route(IEnumerable<RequestCube> region, int from = 0, int until = int.MaxValue)
    {
        until = System.Math.Min(until, Regions.Count);
        var stack = new Stack<(RequestCube Cube, int Next)>();
        foreach (var cube in region.Reverse())
        {
            stack.Push((cube, from));
        }
        while (stack.Count > 0)
        {
            var (cube, next) = stack.Pop();
            var rule = FirstMatching(cube, next, until);
            if (rule < 0)
            {
                yield return (-1, cube);
                continue;
            }
            List<RequestCube> rest = new() { cube };
            foreach (var ruleCube in Regions[rule])
            {
                var taken = cube.Intersect(ruleCube);
                if (taken is null)
                {
                    continue;
                }
                yield return (rule, taken);
                rest = rest.SelectMany(piece => piece.Minus(ruleCube)).ToList();
            }
            for (var i = rest.Count - 1; i >= 0; i--)
            {
                stack.Push((rest[i], rule + 1));
            }
        }
    }

    /// <summary>The pieces of <paramref name="region"/> that no rule before <paramref name="until"/> matches.</summary>
    public IEnumerable<RequestCube> Unmatched(IEnumerable<RequestCube> region, int until = int.MaxValue)
        => Route(region, 0, until).Where(p => p.Rule < 0).Select(p => p.Piece);

    private int FirstMatching(RequestCube cube, int from, int until)
    {
        for (var i = from; i < until; i++)
        {
            foreach (var ruleCube in Regions[i])
            {
                if (cube.Intersect(ruleCube) is not null)
                {
                    return i;
                }
            }
        }
        return -1;
    }
}
