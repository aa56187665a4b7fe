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
    public static IReadOnlyList<PolicyFinding> Analyze(Policy policy, KubernetesVersion? version = null)
    {
        var context = new AnalysisContext(policy, version ?? KubernetesVersion.Latest);
        var witnesses = ReachabilityChecks.Witnesses(context);
        return ReachabilityChecks.Run(context, witnesses)
            .Concat(BodyChecks.Run(context, witnesses))
            .Concat(CoverageChecks.Run(context))
            .Concat(StageChecks.Run(context, witnesses))
            .Concat(ShapeChecks.Run(context))
            .Concat(CatalogChecks.Run(context))
            .OrderBy(f => f.RuleIndex ?? -1)
            .ThenBy(f => f.Id, System.StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>For every rule: a request it decides, or the earlier rules that together match every request it matches.</summary>
    public static IReadOnlyList<RuleWitness> Witnesses(Policy policy, KubernetesVersion? version = null)
        => ReachabilityChecks.Witnesses(new AnalysisContext(policy, version ?? KubernetesVersion.Latest));
}
