using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Analysis;

/// <summary>
/// A policy as sets of requests: the region of every rule, and the one question every analysis asks of it —
/// which requests of a region does no rule of a range match?
/// </summary>
internal sealed class PolicySpace
{
    public PolicySpace(Policy policy, KubernetesVersion version, AnalysisOptions? options = null)
    {
        Regions = policy.Rules.Select(r => RuleRegion.Of(r, version)).ToArray();
        _index = new RuleIndex(Regions);
        _maxPieces = (options ?? AnalysisOptions.Default).MaxPiecesPerQuestion;
    }

    private readonly RuleIndex _index;
    private readonly int _maxPieces;

    /// <summary>The pieces one question may examine (<see cref="AnalysisOptions.MaxPiecesPerQuestion"/>).</summary>
    public int MaxPieces => _maxPieces;

    /// <summary>The requests each rule matches on its own.</summary>
    public IReadOnlyList<RequestCube[]> Regions { get; }

    /// <summary>Every request: all resource requests and all non-resource requests.</summary>
    public static RequestCube[] Everything { get; } = { RequestCube.All(true), RequestCube.All(false) };

    /// <summary>
    /// The pieces of <paramref name="region"/> that no rule before <paramref name="until"/> matches (rule
    /// <paramref name="skip"/> left out, as if removed). Depth-first and lazy: a caller that wants one such
    /// request stops at the first piece. A piece that one rule's cube contains is dropped at once, however
    /// many rules before that one overlap it, so proofs that nothing escapes do not fragment needlessly.
    /// Throws <see cref="BudgetExceededException"/> past <see cref="AnalysisOptions.MaxPiecesPerQuestion"/> pieces.
    /// <paramref name="covering"/>, when given, collects the rules that matched what did not escape; <paramref name="shared"/>,
    /// when given, is a budget this question shares with others.
    /// </summary>
    public IEnumerable<RequestCube> Escaping(IEnumerable<RequestCube> region, int until = int.MaxValue, int skip = -1, ISet<int>? covering = null,
        PieceBudget? shared = null)
    {
        until = System.Math.Min(until, Regions.Count);
        var stack = new Stack<(RequestCube Cube, int Next)>();
        foreach (var cube in region.Reverse())
        {
            stack.Push((cube, 0));
        }
        var pieces = 0;
        while (stack.Count > 0)
        {
            if (++pieces > _maxPieces)
            {
                throw new BudgetExceededException(_maxPieces);
            }
            shared?.Take();
            var (cube, next) = stack.Pop();
            var (rule, container) = Scan(cube, next, until, skip);
            if (container is { } by)
            {
                covering?.Add(by);
                continue;
            }
            if (rule < 0)
            {
                yield return cube;
                continue;
            }
            covering?.Add(rule);
            IEnumerable<RequestCube> rest = new[] { cube };
            foreach (var ruleCube in Regions[rule])
            {
                rest = rest.SelectMany(piece => piece.Minus(ruleCube)).ToList();
            }
            foreach (var piece in rest.Reverse())
            {
                stack.Push((piece, rule + 1));
            }
        }
    }

    /// <summary>The requests of <paramref name="region"/> that rule <paramref name="rule"/> decides: it matches them and no earlier rule does.</summary>
    public IEnumerable<RequestCube> DecidedBy(int rule, IEnumerable<RequestCube> region)
        => Escaping(Intersect(region, Regions[rule]), rule);

    public static IEnumerable<RequestCube> Intersect(IEnumerable<RequestCube> a, IReadOnlyList<RequestCube> b)
        => a.SelectMany(x => b.Select(x.Intersect)).Where(c => c is not null).Select(c => c!).ToList();

    /// <summary>
    /// The first rule in range (of those the index says can overlap) whose region overlaps the piece, and
    /// the first rule from there on one of whose cubes contains it whole (then nothing of it escapes),
    /// looked for only among the rules that can contain it (<see cref="RuleIndex.ContainerCandidates"/>).
    /// Runs for every piece: plain loops, no allocation.
    /// </summary>
    private (int First, int? Container) Scan(RequestCube cube, int from, int until, int skip)
    {
        var first = -1;
        var candidates = _index.Candidates(cube);
        var start = System.Array.BinarySearch(candidates, from);
        for (var c = start < 0 ? ~start : start; first < 0 && c < candidates.Length && candidates[c] < until; c++)
        {
            var i = candidates[c];
            if (i == skip)
            {
                continue;
            }
            foreach (var r in Regions[i])
            {
                if (r.Overlaps(cube))
                {
                    first = i;
                    break;
                }
            }
        }
        if (first < 0)
        {
            return (-1, null);
        }
        var containers = _index.ContainerCandidates(cube);
        start = System.Array.BinarySearch(containers, first);
        for (var c = start < 0 ? ~start : start; c < containers.Length && containers[c] < until; c++)
        {
            var i = containers[c];
            if (i == skip)
            {
                continue;
            }
            foreach (var r in Regions[i])
            {
                if (r.Overlaps(cube) && r.Contains(cube))
                {
                    return (first, i);
                }
            }
        }
        return (first, null);
    }

    /// <summary>The rules after <paramref name="rule"/>, in order, whose regions overlap its region (found through the index, not by testing every later rule).</summary>
    public IEnumerable<int> OverlappingAfter(int rule)
        => _index.Candidates(Regions[rule]).Where(k => k > rule && Overlap(Regions[rule], Regions[k]));

    /// <summary>The rules before <paramref name="rule"/>, in order, whose regions overlap <paramref name="region"/> (found through the index).</summary>
    public IEnumerable<int> OverlappingBefore(IReadOnlyList<RequestCube> region, int rule)
        => _index.Candidates(region).TakeWhile(k => k < rule).Where(k => Overlap(region, Regions[k]));

    /// <summary>Whether some cube of <paramref name="a"/> overlaps some cube of <paramref name="b"/>.</summary>
    public static bool Overlap(IReadOnlyList<RequestCube> a, IReadOnlyList<RequestCube> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x.Overlaps(y))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
