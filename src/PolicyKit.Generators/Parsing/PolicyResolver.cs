using PolicyKit.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using PolicyKit.Generators.Model;
using PolicyKit.Validation;

namespace PolicyKit.Generators.Parsing;

/// <summary>
/// Expands a policy's [RuleSet] calls, builds the Core model, and checks the whole policy: at least
/// one rule, nothing the apiserver's validation refuses, nothing gated above MinKubernetesVersion.
/// </summary>
internal static class PolicyResolver
{
    private const int MaxDepth = 16;

    public static ResolvedPolicy Resolve(PolicySpec spec, IReadOnlyDictionary<string, RuleSetSpec> ruleSets)
    {
        if (spec.Body is null)
        {
            return new ResolvedPolicy(spec, null, default);
        }
        var diagnostics = new List<ParseDiagnostic>();
        var rules = new List<PolicyRule>();
        var sites = new List<ParseDiagnostic>();
        var stages = Stages.None;
        var omitManagedFields = false;
        var brokenRuleSet = false;
        var including = new Stack<string>();

        void Expand(BodySpec body)
        {
            foreach (var item in body.Items)
            {
                switch (item.Kind)
                {
                    case BodyItemKind.Rule:
                        rules.Add(item.Rule!);
                        sites.Add(item.Site);
                        break;
                    case BodyItemKind.OmitStages:
                        stages |= item.Stages;
                        break;
                    case BodyItemKind.OmitManagedFields:
                        omitManagedFields = item.Flag;
                        break;
                    case BodyItemKind.Include when including.Contains(item.Include!) || including.Count >= MaxDepth:
                        diagnostics.Add(item.Site with { Id = DiagnosticIds.UnsupportedStatement, IsError = true, Message = "[RuleSet] methods include each other in a cycle" });
                        break;
                    case BodyItemKind.Include when ruleSets.TryGetValue(item.Include!, out var ruleSet):
                        // Its own diagnostics are reported on the rule set; here it only stops generation.
                        brokenRuleSet |= ruleSet.Body.HasErrors;
                        including.Push(item.Include!);
                        Expand(ruleSet.Body);
                        including.Pop();
                        break;
                    case BodyItemKind.Include:
                        diagnostics.Add(item.Site with { Id = DiagnosticIds.UnsupportedStatement, IsError = true, Message = "the [RuleSet] method called here is not in this compilation" });
                        break;
                }
            }
        }

        Expand(spec.Body);
        var policy = new Policy(new EquatableArray<PolicyRule>(rules), stages, omitManagedFields, null);
        // Whole-policy checks only make sense once every statement was read.
        if (!spec.Body.HasErrors && !brokenRuleSet && diagnostics.Count == 0)
        {
            Check(policy, sites, spec, diagnostics);
        }
        return new ResolvedPolicy(spec, policy, new EquatableArray<ParseDiagnostic>(diagnostics), brokenRuleSet) { RuleSites = new EquatableArray<ParseDiagnostic>(sites) };
    }

    private static void Check(Policy policy, List<ParseDiagnostic> sites, PolicySpec spec, List<ParseDiagnostic> diagnostics)
    {
        if (policy.Rules.Count == 0)
        {
            var at = spec.Diagnostics.FirstOrDefault() ?? spec.Body!.Items.FirstOrDefault()?.Site;
            diagnostics.Add(new ParseDiagnostic(DiagnosticIds.EmptyPolicy,
                $"policy \"{spec.PolicyName}\" has no rules: the apiserver refuses to load it (loaded illegal policy with 0 rules)", true,
                at?.FilePath ?? "", at?.Span ?? default, at?.LineSpan ?? default) { OnClass = true });
            return;
        }
        var min = KubernetesVersion.Parse(spec.MinKubernetesVersion);
        foreach (var finding in PolicyValidator.Validate(policy, KubernetesVersion.Latest))
        {
            if (finding.Severity != Severity.Error || finding.RuleIndex is not { } i)
            {
                continue;
            }
            var id = finding.Message.Contains(UpstreamMessages.BothKinds) ? DiagnosticIds.ResourceAndNonResource : DiagnosticIds.ApiserverRefuses;
            diagnostics.Add(sites[i] with { Id = id, IsError = true, Message = $"rule {i}: the apiserver refuses this policy: {finding}" });
        }
        if (!min.SupportsGroupWildcard)
        {
            for (var i = 0; i < policy.Rules.Count; i++)
            {
                if (policy.Rules[i].Resources.Any(g => g.Group == "*"))
                {
                    diagnostics.Add(sites[i] with
                    {
                        Id = DiagnosticIds.VersionGated,
                        IsError = true,
                        Message = $"rule {i}: group \"*\" matches every group only from Kubernetes 1.36; apiservers {min} to 1.35 refuse it. Raise MinKubernetesVersion to 1.36 or name the groups",
                    });
                }
            }
        }
    }
}
