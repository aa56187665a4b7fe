using System.Collections.Generic;
using System.Linq;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;

namespace PolicyKit.Analysis;

/// <summary>
/// PK1001 unreachable rules, PK1002 redundant rules, PK1003 list entries of a rule that earlier rules
/// with another level take entirely — all by routing a rule's requests through the rules before it.
/// </summary>
internal static class ReachabilityChecks
{
    public static IEnumerable<PolicyFinding> Run(AnalysisContext context, IReadOnlyList<RuleWitness> witnesses)
    {
        var lastWithOutcome = LastWithOutcome(context);
        foreach (var w in witnesses)
        {
            if (w.Unproven)
            {
                yield return BudgetFindings.ForRule(context, w.Rule, "whether it is reachable", new BudgetExceededException(context.Space.MaxPieces));
            }
            else if (!w.Reachable)
            {
                yield return Unreachable(context, w);
            }
            else
            {
                foreach (var finding in ReachableRule(context, w.Rule, lastWithOutcome))
                {
                    yield return finding;
                }
            }
        }
    }

    /// <summary>PK1002, else PK1003, of a reachable rule; PK1052 when the question ran out of budget.</summary>
    private static IReadOnlyList<PolicyFinding> ReachableRule(AnalysisContext context, int rule, IReadOnlyDictionary<(Level, Stages, bool), int> lastWithOutcome)
    {
        try
        {
            return Redundant(context, rule, lastWithOutcome) is { } redundant
                ? new[] { redundant }
                : ShadowedEntries(context, rule).ToList();
        }
        catch (BudgetExceededException e)
        {
            return new[] { BudgetFindings.ForRule(context, rule, "whether it is redundant or its entries are shadowed", e) };
        }
    }

    /// <summary>For every rule, a request it decides, or the earlier rules that together match all of its requests.</summary>
    public static IReadOnlyList<RuleWitness> Witnesses(AnalysisContext context)
    {
        var result = new List<RuleWitness>(context.Rules.Count);
        context.Witnessed = new AuditRequest?[context.Rules.Count];
        for (var i = 0; i < context.Rules.Count; i++)
        {
            if (context.Probe(context.Space.Regions[i], i) is { } probed)
            {
                context.Witnessed[i] = probed;
                result.Add(new RuleWitness(i, true, probed, default));
                continue;
            }
            var covering = new SortedSet<int>();
            RequestCube? found;
            try
            {
                found = AnalysisContext.Preferred(context.Space.Escaping(context.Space.Regions[i], i, covering: covering));
            }
            catch (BudgetExceededException)
            {
                result.Add(new RuleWitness(i, false, null, default) { Unproven = true });
                continue;
            }
            context.Witnessed[i] = found is null ? null : context.Witness(found, i);
            result.Add(new RuleWitness(i, found is not null, context.Witnessed[i], found is null ? new EquatableArray<int>(covering.ToArray()) : default));
        }
        return result;
    }

    private static PolicyFinding Unreachable(AnalysisContext context, RuleWitness w)
    {
        var by = w.CoveredBy.AsArray();
        var message = by.Length == 0
            ? $"{context.Label(w.Rule)} matches no request at all (see the other findings on this rule for why)"
            : by.Length == 1
                ? $"{context.Label(w.Rule)} is unreachable: {context.Label(by[0])}, earlier, matches every request it matches"
                : $"{context.Label(w.Rule)} is unreachable: the earlier rules {Join(context, by)} together match every request it matches";
        return AnalysisContext.Finding(DiagnosticIds.UnreachableRule, FindingTarget.OfRule(w.Rule), message, related: by);
    }

    /// <summary>
    /// PK1002: no request would be decided otherwise without the rule — for every later rule (and the implicit None)
    /// with another outcome, no request of this rule reaches it once this rule is gone.
    /// </summary>
    private static PolicyFinding? Redundant(AnalysisContext context, int i, IReadOnlyDictionary<(Level, Stages, bool), int> lastWithOutcome)
    {
        // A catch-all None at the end says on purpose what the implicit None would do: no finding.
        // Without a later rule (or the implicit None) of the same outcome, removing the rule changes decisions.
        if (IsCatchAll(context.Rules[i]) || (context.LevelOf(i) != Level.None && lastWithOutcome[OutcomeOf(context, i)] <= i))
        {
            return null;
        }
        // Without the rule, its witness goes to the first later rule that matches it: another outcome there settles
        // the question with one evaluation, before any search.
        if (context.Witnessed[i] is { } witness && !context.SameOutcome(i, context.NextMatch(witness, i)))
        {
            return null;
        }
        // Only the later rules that overlap it can take its requests (issue 17: not every later rule in turn), and
        // only one of another outcome keeps it: those are asked first. The questions about one rule share one
        // budget, so a rule that overlaps thousands of later rules is PK1052 rather than thousands of searches.
        var budget = new PieceBudget(context.Space.MaxPieces);
        var later = context.Space.OverlappingAfter(i).Append(-1).ToList();
        if (later.Any(k => !context.SameOutcome(i, k) && Reaches(context, i, k, budget)))
        {
            return null;
        }
        return RedundantFinding(context, i, later);
    }

    /// <summary>
    /// Whether some request of rule <paramref name="i"/> reaches rule <paramref name="k"/> (−1: no rule) once rule i is
    /// gone: a probe of a request that rule i decides and that goes to k without it, else the search.
    /// </summary>
    private static bool Reaches(AnalysisContext context, int i, int k, PieceBudget budget)
    {
        var region = k < 0 ? context.Space.Regions[i] : PolicySpace.Intersect(context.Space.Regions[i], context.Space.Regions[k]);
        return context.Probe(region, i) is { } probe && context.NextMatch(probe, i) == k
            || context.Space.Escaping(region, k < 0 ? int.MaxValue : k, skip: i, shared: budget).Any();
    }

    /// <summary>
    /// The PK1002 finding of a rule proven redundant, naming the later rules that take its requests. A rule of a
    /// 20,000-rule policy may hand its requests to thousands, or overlap thousands that take none: naming stops at
    /// the fourth taker, or after <see cref="MaxNamingQuestions"/> later rules (or the budget), and then says so.
    /// </summary>
    private static PolicyFinding RedundantFinding(AnalysisContext context, int i, IReadOnlyList<int> later)
    {
        const int named = 3;
        var takers = new List<int>();
        string? more = null;
        var budget = new PieceBudget(context.Space.MaxPieces);
        // Those of another outcome are known not to take any.
        var sameOutcome = later.Where(k => context.SameOutcome(i, k)).ToList();
        try
        {
            for (var q = 0; q < sameOutcome.Count && more is null; q++)
            {
                if (q == MaxNamingQuestions)
                {
                    more = "possibly other later rules";
                }
                else if (Reaches(context, i, sameOutcome[q], budget))
                {
                    if (takers.Count == named)
                    {
                        more = "other later rules";
                    }
                    else
                    {
                        takers.Add(sameOutcome[q]);
                    }
                }
            }
        }
        catch (BudgetExceededException)
        {
            more = "possibly other later rules";
        }
        var then = more is null ? string.Join(" and ", takers.Select(context.Label))
            : takers.Count == 0 ? "later rules"
            : string.Join(", ", takers.Select(context.Label)) + " and " + more;
        return AnalysisContext.Finding(DiagnosticIds.RedundantRule, FindingTarget.OfRule(i),
            $"{context.Label(i)} is redundant: without it, {then} would decide every request it decides, at the same level {context.Rules[i].Level}",
            related: takers.Where(t => t >= 0));
    }

    /// <summary>How many later rules a PK1002 message may ask about to name the rules that take the redundant rule's requests.</summary>
    private const int MaxNamingQuestions = 64;

    /// <summary>PK1003: one entry of a list (a verb, a resource, a user...) whose requests earlier rules with another level take entirely.</summary>
    private static IEnumerable<PolicyFinding> ShadowedEntries(AnalysisContext context, int i)
    {
        var rule = context.Rules[i];
        // Only an earlier rule of another level can take an entry's requests: without one, the entries (of a
        // rule listing 600,000 users, say) need not be visited one by one.
        if (!Enumerable.Range(0, i).Any(j => context.LevelOf(j) != rule.Level))
        {
            yield break;
        }
        foreach (var (target, label, narrowed) in RuleEntries.Of(rule, i))
        {
            var region = RuleRegion.Of(narrowed, context.Version);
            // The piece the rule's witness came from escapes every earlier rule: an entry that meets it is not shadowed.
            if (region.Length == 0 || (context.Witnessed[i] is { } ruleWitness && context.Evaluator.Matches(narrowed, ruleWitness))
                || context.Probe(region, i) is { } probe && context.Evaluator.Matches(narrowed, probe)
                || context.Space.Escaping(region, i).Any())
            {
                continue;
            }
            var taker = context.Space.OverlappingBefore(region, i).Where(j => context.LevelOf(j) != rule.Level)
                .Select(j => (Rule: j, Witness: context.DecidedWitness(j, region)))
                .FirstOrDefault(t => t.Witness is not null);
            if (taker.Witness is not { } witness)
            {
                continue;
            }
            var j = taker.Rule;
            yield return AnalysisContext.Finding(DiagnosticIds.ShadowedEntry, target,
                $"{context.Label(i)} names {label}, but earlier rules decide every such request, so this rule never logs them at {rule.Level}: e.g. {witness} is decided by {context.Label(j)} at {context.LevelOf(j)}",
                witness, new[] { j });
        }
    }

    /// <summary>What a rule records, as <see cref="AnalysisContext.SameOutcome"/> compares it (stages and managed fields only matter when something is recorded).</summary>
    private static (Level, Stages, bool) OutcomeOf(AnalysisContext context, int rule)
    {
        var d = context.DecisionOf(rule);
        return d.Level == Level.None ? (Level.None, Stages.None, false) : (d.Level, d.OmitStages, d.OmitManagedFields);
    }

    /// <summary>Per outcome, the last rule that gives it: one pass, so "is there a later rule of the same outcome" is a lookup.</summary>
    private static Dictionary<(Level, Stages, bool), int> LastWithOutcome(AnalysisContext context)
    {
        var last = new Dictionary<(Level, Stages, bool), int>();
        for (var i = 0; i < context.Rules.Count; i++)
        {
            last[OutcomeOf(context, i)] = i;
        }
        return last;
    }

    private static bool IsCatchAll(PolicyRule rule)
        => rule.Users.IsEmpty && rule.UserGroups.IsEmpty && rule.Verbs.IsEmpty && !rule.IsResourceRule && rule.NonResourceUrls.IsEmpty;

    private static string Join(AnalysisContext context, IReadOnlyList<int> rules)
        => string.Join(", ", rules.Take(rules.Count - 1).Select(context.Label)) + " and " + context.Label(rules[rules.Count - 1]);
}
