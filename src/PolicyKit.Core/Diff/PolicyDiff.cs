using System.Collections.Generic;
using System.Linq;
using PolicyKit.Analysis;

namespace PolicyKit.Diff;

/// <summary>
/// The exact difference of two policies as sets of requests. The request space is partitioned by the pair
/// (old deciding rule, new deciding rule); the cells where the outcomes differ are kept and merged into one
/// region per (old outcome → new outcome). Each part of a region carries a witness that both reference
/// evaluators decide as claimed, or the comparison stops with <see cref="AnalysisDefectException"/>.
/// </summary>
public static class PolicyDiff
{
    /// <summary>The difference; throws <see cref="DiffBudgetExceededException"/> past <see cref="AnalysisOptions.MaxDiffSteps"/> steps.</summary>
    public static PolicyDiffResult Compare(Policy old, Policy @new, DiffVersions? versions = null, AnalysisOptions? options = null)
    {
        var v = versions ?? DiffVersions.Latest;
        var budget = (options ?? AnalysisOptions.Default).MaxDiffSteps;
        var cells = new Dictionary<(int Old, int New), List<RequestCube>>();
        var oldDecisions = new PolicyEvaluator(old, v.Old);
        var newDecisions = new PolicyEvaluator(@new, v.New);
        if (!SameRules(old, @new) || v.Old != v.New)
        {
            var same = new RuleIdentity(old, @new, v);
            var search = new DiffSearch(old, @new, v, same, budget);
            foreach (var scope in ChangeScope.Of(old, @new, v, same))
            {
                foreach (var (oldRule, newRule, piece) in search.Changes(scope))
                {
                    if (!cells.TryGetValue((oldRule, newRule), out var pieces))
                    {
                        cells[(oldRule, newRule)] = pieces = new List<RequestCube>();
                    }
                    pieces.Add(piece);
                }
            }
        }
        var regions = cells
            .GroupBy(c => (Old: Outcome(old, c.Key.Old), New: Outcome(@new, c.Key.New)))
            .Select(g => Region(g.Key.Old, g.Key.New, g.OrderBy(c => c.Key.Old).ThenBy(c => c.Key.New).ToList(), oldDecisions, newDecisions))
            .OrderByDescending(r => r.Old.Level).ThenByDescending(r => r.New.Level).ThenBy(r => r.Parts[0].OldRule).ThenBy(r => r.Parts[0].NewRule)
            .ToList();
        return new PolicyDiffResult(old, @new, v, regions);
    }

    private static DiffOutcome Outcome(Policy policy, int rule) => DiffSearch.Outcome(policy, rule);

    private static DiffRegion Region(DiffOutcome was, DiffOutcome now, List<KeyValuePair<(int Old, int New), List<RequestCube>>> cells,
        PolicyEvaluator oldDecisions, PolicyEvaluator newDecisions)
    {
        // Broadest pieces first: the witness and the first lines a reader sees are the common case, not a carve-out.
        var parts = cells.Select(c => (c.Key, Pieces: c.Value.OrderByDescending(Breadth).ToList()))
            .Select(c => new DiffPart(c.Key.Old, c.Key.New, Witness(c.Pieces, c.Key.Old, c.Key.New, was, now, oldDecisions, newDecisions),
                c.Pieces.Select(CubeText.Describe).ToList())).ToList();
        return new DiffRegion(was, now, parts, cells.SelectMany(c => c.Value).ToList());
    }

    /// <summary>How many attributes a piece leaves open (any, or all but a few values).</summary>
    private static int Breadth(RequestCube cube)
    {
        var open = (cube.User.Names.IsCofinite ? 2 : 0) + (cube.User.Groups.IsAny ? 1 : 0) + (cube.Verb.IsCofinite ? 1 : 0);
        return cube.IsResource
            ? open + (cube.Namespace.IsCofinite ? 1 : 0) + (cube.Group.IsCofinite ? 1 : 0) + (cube.Resource.IsCofinite ? 1 : 0) + (cube.Name.IsCofinite ? 1 : 0)
            : open + (cube.Path.Positive is null ? 1 : 0);
    }

    /// <summary>A concrete request of the cell, replayed through both evaluators: a claim the analysis cannot back is never reported.</summary>
    private static AuditRequest Witness(List<RequestCube> pieces, int oldRule, int newRule, DiffOutcome was, DiffOutcome now,
        PolicyEvaluator oldDecisions, PolicyEvaluator newDecisions)
    {
        var piece = AnalysisContext.Preferred(pieces)!;
        var request = WitnessBuilder.Build(piece);
        var before = oldDecisions.Evaluate(request);
        var after = newDecisions.Evaluate(request);
        if (before.RuleIndex != oldRule || after.RuleIndex != newRule || DiffOutcome.Of(before) != was || DiffOutcome.Of(after) != now)
        {
            throw new AnalysisDefectException(
                $"diff witness {request} is decided by old rule {before.RuleIndex} and new rule {after.RuleIndex}, not {oldRule} and {newRule} as claimed for {piece}");
        }
        return request;
    }

    /// <summary>The same rules in the same order (names aside): nothing can differ, so the partition is skipped.</summary>
    private static bool SameRules(Policy old, Policy @new)
    {
        if (old.Rules.Count != @new.Rules.Count || old.OmitStages != @new.OmitStages || old.OmitManagedFields != @new.OmitManagedFields)
        {
            return false;
        }
        for (var i = 0; i < old.Rules.Count; i++)
        {
            if (old.Rules[i] with { Name = null } != @new.Rules[i] with { Name = null })
            {
                return false;
            }
        }
        return true;
    }
}
