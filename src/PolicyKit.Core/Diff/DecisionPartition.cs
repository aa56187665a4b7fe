using System.Collections.Generic;
using PolicyKit.Analysis;

namespace PolicyKit.Diff;

/// <summary>
/// One policy's rules as sets, with the two steps the diff's search takes on a piece of requests: find the first rule
/// from some index on that matches any of it, and split it into what that rule matches and the rest.
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

    /// <summary>Rules tested so far by <see cref="First"/> (the diff's budget counts them).</summary>
    public long Steps { get; private set; }

    /// <summary>The first rule from <paramref name="from"/> on that matches some request of the piece (−1: none), and whether it matches all of it.</summary>
    public (int Rule, bool Whole) First(RequestCube piece, int from)
    {
        var candidates = _index.Candidates(piece);
        var start = System.Array.BinarySearch(candidates, from);
        for (var c = start < 0 ? ~start : start; c < candidates.Length; c++)
        {
            var rule = candidates[c];
            Steps++;
            var overlaps = false;
            foreach (var ruleCube in _regions[rule])
            {
                // Overlap first: it is cheap, and most rules of a large policy do not meet the piece at all.
                if (!ruleCube.Overlaps(piece))
                {
                    continue;
                }
                if (ruleCube.Contains(piece))
                {
                    return (rule, true);
                }
                overlaps = true;
            }
            if (overlaps)
            {
                return (rule, false);
            }
        }
        return (-1, false);
    }

    /// <summary>The piece as disjoint cubes inside <paramref name="rule"/>'s region and disjoint cubes outside it.</summary>
    public (List<RequestCube> Inside, List<RequestCube> Outside) Split(RequestCube piece, int rule)
    {
        var inside = new List<RequestCube>();
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
                if (part.Intersect(ruleCube) is { } common)
                {
                    inside.Add(common);
                }
                outside.AddRange(part.Minus(ruleCube));
            }
            rest = outside;
        }
        return (inside, rest);
    }
}
