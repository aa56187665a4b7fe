using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Cli.PolicyTests;

/// <summary>A case as run: the decision the policy gave and, when it differs from the expectation, how.</summary>
internal sealed record PolicyTestResult(PolicyTestCase Case, AuditDecision Actual, IReadOnlyList<string> Mismatches)
{
    public bool Passed => Mismatches.Count == 0;
}

/// <summary>Runs cases through the reference evaluator (the apiserver's semantics) and compares each decision.</summary>
internal static class PolicyTestRunner
{
    public static IReadOnlyList<PolicyTestResult> Run(Policy policy, KubernetesVersion version, IEnumerable<PolicyTestCase> cases)
    {
        var evaluator = new PolicyEvaluator(policy, version);
        return cases.Select(c =>
        {
            var actual = evaluator.Evaluate(c.Request);
            return new PolicyTestResult(c, actual, Compare(policy, c.Expect, actual));
        }).ToList();
    }

    private static List<string> Compare(Policy policy, PolicyExpectation expect, AuditDecision actual)
    {
        var mismatches = new List<string>();
        if (expect.Level != actual.Level)
        {
            mismatches.Add($"level: expected {expect.Level.ToName()}, got {actual.Level.ToName()}");
        }
        if (expect.OmitStages is { } stages && stages != actual.OmitStages)
        {
            mismatches.Add($"omitStages: expected {Stages(stages)}, got {Stages(actual.OmitStages)}");
        }
        if (expect.OmitManagedFields is { } managed && managed != actual.OmitManagedFields)
        {
            mismatches.Add($"omitManagedFields: expected {(managed ? "true" : "false")}, got {(actual.OmitManagedFields ? "true" : "false")}");
        }
        if (expect.RuleGiven)
        {
            var matches = expect.RuleName is { } name
                ? actual.RuleIndex >= 0 && policy.Rules[actual.RuleIndex].Name == name
                : expect.RuleIndex == actual.RuleIndex;
            if (!matches)
            {
                var wanted = expect.RuleName is { } n
                    ? $"the rule named \"{n}\"" + (policy.Rules.Any(r => r.Name == n) ? "" : " (no rule has that name)")
                    : Label(policy, expect.RuleIndex!.Value);
                mismatches.Add($"rule: expected {wanted}, got {Label(policy, actual.RuleIndex)}");
            }
        }
        return mismatches;
    }

    /// <summary>"rule 3 \"secrets\"", "rule 3", or "no rule (the implicit None)".</summary>
    public static string Label(Policy policy, int index)
        => index < 0 ? "no rule (the implicit None)"
            : index < policy.Rules.Count && policy.Rules[index].Name is { Length: > 0 } name ? $"rule {index} \"{name}\""
            : $"rule {index}";

    public static string Stages(Stages set) => "[" + string.Join(", ", set.Enumerate().Select(s => s.ToName())) + "]";
}
