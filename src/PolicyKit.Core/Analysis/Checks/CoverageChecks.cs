using System.Collections.Generic;
using System.Linq;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;

namespace PolicyKit.Analysis;

/// <summary>PK1020 secrets access unrecorded, PK1021 CIS 3.2.2 gaps, PK1031 requests that fall through every rule.</summary>
internal static class CoverageChecks
{
    private static readonly Target Secrets = Target.On("", "secrets", null, Target.AllVerbs, "secrets");

    /// <summary>Sessions arrive as create (SPDY) or get (WebSocket); proxying takes the HTTP method's verb.</summary>
    private static readonly string[] SessionVerbs = { "create", "get" };
    private static readonly string[] ProxyVerbs = { "get", "create", "update", "patch", "delete" };

    /// <summary>CIS Kubernetes Benchmark 3.2.2: sessions into pods and services, and changes to pods and deployments.</summary>
    private static readonly Target[] Cis322 =
    {
        Target.On("", "pods", "exec", SessionVerbs, "pods/exec"),
        Target.On("", "pods", "attach", SessionVerbs, "pods/attach"),
        Target.On("", "pods", "portforward", SessionVerbs, "pods/portforward"),
        Target.On("", "pods", "proxy", ProxyVerbs, "pods/proxy"),
        Target.On("", "services", "proxy", ProxyVerbs, "services/proxy"),
        Target.On("", "pods", null, Target.WriteVerbs, "changes to pods"),
        Target.On("apps", "deployments", null, Target.WriteVerbs, "changes to apps/deployments"),
    };

    public static IEnumerable<PolicyFinding> Run(AnalysisContext context)
    {
        foreach (var finding in Unrecorded(context, Secrets, DiagnosticIds.SecretsUnrecorded, "nobody will see who read or changed which secret"))
        {
            yield return finding;
        }
        foreach (var target in Cis322)
        {
            foreach (var finding in Unrecorded(context, target, DiagnosticIds.CisCoverageGap, "CIS 3.2.2 asks for these to be recorded"))
            {
                yield return finding;
            }
        }
        if (context.DecidedWitness(-1, PolicySpace.Everything) is { } witness)
        {
            yield return AnalysisContext.Finding(DiagnosticIds.NoCatchAll, FindingTarget.PolicyField("rules"),
                $"no rule matches some requests, so they are not recorded at all (the implicit None): e.g. {witness}. End the policy with a catch-all rule (e.g. level Metadata with no other fields)",
                witness);
        }
    }

    /// <summary>One finding per rule (or the implicit None) that decides some request of <paramref name="target"/> at level None.</summary>
    private static IEnumerable<PolicyFinding> Unrecorded(AnalysisContext context, Target target, string id, string why)
    {
        foreach (var rule in Enumerable.Range(0, context.Rules.Count).Append(-1))
        {
            if (context.LevelOf(rule) != Level.None || context.DecidedWitness(rule, new[] { target.Cube }) is not { } witness)
            {
                continue;
            }
            var where = rule < 0 ? "no rule matches it" : $"{context.Label(rule)} decides it at None";
            yield return AnalysisContext.Finding(id, rule < 0 ? FindingTarget.PolicyField("rules") : FindingTarget.OfRule(rule, "level"),
                $"{target.Label} can go unrecorded: {witness} leaves no audit event, because {where}; {why}",
                witness);
        }
    }
}
