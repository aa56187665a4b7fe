using System.Collections.Generic;
using System.Linq;
using PolicyKit.Validation;

namespace PolicyKit.Analysis;

/// <summary>
/// The PK1nnn analyses of a policy. Findings about sets of requests are exact: "unreachable" means no
/// request reaches the rule; every other claim comes with a witness request that the reference evaluator
/// decides as the message says. The same analysis serves the IDE analyzers, the build and <c>policykit lint</c>.
/// </summary>
public static class PolicyAnalysis
{
    /// <summary>Every analysis finding, in policy order (policy-wide first, then by rule).</summary>
    public static IReadOnlyList<PolicyFinding> Analyze(Policy policy, KubernetesVersion? version = null, AnalysisOptions? options = null)
    {
        var context = new AnalysisContext(policy, version ?? KubernetesVersion.Latest, options);
        var witnesses = ReachabilityChecks.Witnesses(context);
        // Reachability reports PK1052 per rule; any other check that runs out of budget, once in place of its findings.
        return ReachabilityChecks.Run(context, witnesses)
            .Concat(BudgetFindings.Check("credentials and bodies", () => BodyChecks.Run(context, witnesses)))
            .Concat(BudgetFindings.Check("coverage", () => CoverageChecks.Run(context)))
            .Concat(BudgetFindings.Check("stage", () => StageChecks.Run(context, witnesses)))
            .Concat(BudgetFindings.Check("rule shape", () => ShapeChecks.Run(context)))
            .Concat(BudgetFindings.Check("catalog", () => CatalogChecks.Run(context)))
            .OrderBy(f => f.RuleIndex ?? -1)
            .ThenBy(f => f.Id, System.StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>For every rule: a request it decides, or the earlier rules that together match every request it matches.</summary>
    public static IReadOnlyList<RuleWitness> Witnesses(Policy policy, KubernetesVersion? version = null, AnalysisOptions? options = null)
        => ReachabilityChecks.Witnesses(new AnalysisContext(policy, version ?? KubernetesVersion.Latest, options));
}
