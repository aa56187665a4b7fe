using System.Collections.Generic;
using PolicyKit.Analysis;

namespace PolicyKit.Diff;

/// <summary>
/// Splits a set of requests by the rule of one policy that decides them: disjoint pieces, each decided by one rule
/// (−1: none), that together are exactly the set. Depth-first over the rules in order, as <see cref="PolicySpace"/>
/// does, but keeping what each rule matches instead of dropping it.
/// </summary>
internal sealed class DecisionPartition
{
    private readonly IReadOnlyList<RequestCube[]> _regions;
    private readonly RuleIndex _index;

    public DecisionPartition(Policy policy, KubernetesVersion version)
    {
        _regions = new PolicySpace(policy, version).Regions;
        _index = new RuleIndex(_regions);
    }

    public IEnumerable<(int Rule, RequestCube Piece)> Split(RequestCube cube)
    {
        var stack = new Stack<(RequestCube Cube, int Next)>();
        stack.Push((cube, 0));
        while (stack.Count > 0)
        {
            var (piece, next) = stack.Pop();
            var (rule, whole) = FirstOverlapping(piece, next);
            if (rule < 0 || whole)
            {
                yield return (rule, piece);
                continue;
            }
            // What the rule matches is decided by it; the rest goes on to the later rules.
            var rest = new List<RequestCube> { piece };
            foreach (var ruleCube in _regions[rule])
            {
                var outside = new List<RequestCube>();
                foreach (var part in rest)
                {
                    if (!part.Overlaps(ruleCube))
                    {
                        outside.Add(part);
                        continue;
                    }
                    if (part.Intersect(ruleCube) is { } inside)
                    {
                        yield return (rule, inside);
                    }
                    outside.AddRange(part.Minus(ruleCube));
                }
                rest = outside;
            }
            for (var i = rest.Count - 1; i >= 0; i--)
            {
                stack.Push((rest[i], rule + 1));
            }
        }
    }

    /// <summary>The first rule from <paramref name="from"/> on that matches some request of the piece, and whether one of its cubes holds it all.</summary>
    private (int Rule, bool Whole) FirstOverlapping(RequestCube piece, int from)
    {
        var candidates = _index.Candidates(piece);
        var start = System.Array.BinarySearch(candidates, from);
        for (var c = start < 0 ? ~start : start; c < candidates.Length; c++)
        {
            var rule = candidates[c];
            var overlaps = false;
            foreach (var ruleCube in _regions[rule])
            {
                if (ruleCube.Contains(piece))
                {
                    return (rule, true);
                }
                overlaps |= ruleCube.Overlaps(piece);
            }
            if (overlaps)
            {
                return (rule, false);
            }
        }
        return (-1, false);
    }
}
