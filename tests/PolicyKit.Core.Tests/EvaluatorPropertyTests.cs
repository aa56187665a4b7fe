using CsCheck;

namespace PolicyKit.Tests;

/// <summary>Properties of the reference evaluator over generated policies and requests.</summary>
public class EvaluatorPropertyTests
{
    private static readonly Gen<(Policy Policy, AuditRequest[] Requests)> Cases =
        Gen.Select(Generators.Policy, Generators.Request.Array[40, 40]);

    private static readonly KubernetesVersion[] Versions = [new(1, 29), new(1, 35), new(1, 36)];

    [Fact]
    public void Agrees_with_a_literal_transcription_of_upstream()
        => Cases.Sample(c =>
        {
            foreach (var version in Versions)
            {
                var evaluator = new PolicyEvaluator(c.Policy, version);
                foreach (var r in c.Requests)
                {
                    Assert.Equal(UpstreamOracle.Evaluate(c.Policy, r, version), evaluator.Evaluate(r));
                }
            }
        }, iter: 2000);

    [Fact]
    public void The_decision_never_depends_on_rules_after_the_deciding_one()
        => Gen.Select(Cases, Generators.Rule.Array[0, 4]).Sample(t =>
        {
            var ((policy, requests), replacement) = t;
            var evaluator = new PolicyEvaluator(policy);
            foreach (var r in requests)
            {
                var decision = evaluator.Evaluate(r);
                if (decision.Rule is not { } deciding)
                {
                    continue;
                }
                var changedTail = policy with { Rules = new EquatableArray<PolicyRule>(policy.Rules.Take(deciding + 1).Concat(replacement)) };
                Assert.Equal(decision, new PolicyEvaluator(changedTail).Evaluate(r));
            }
        }, iter: 1000);

    [Fact]
    public void Deleting_a_rule_no_request_reaches_changes_no_decision()
        => Cases.Sample(c =>
        {
            var evaluator = new PolicyEvaluator(c.Policy);
            var decisions = c.Requests.Select(r => evaluator.Evaluate(r)).ToArray();
            var reached = decisions.Where(d => d.Rule is not null).Select(d => d.RuleIndex).ToHashSet();
            for (var i = 0; i < c.Policy.Rules.Count; i++)
            {
                if (reached.Contains(i))
                {
                    continue;
                }
                var without = c.Policy with { Rules = new EquatableArray<PolicyRule>(c.Policy.Rules.Where((_, j) => j != i)) };
                var e2 = new PolicyEvaluator(without);
                for (var k = 0; k < c.Requests.Length; k++)
                {
                    var before = decisions[k];
                    var after = e2.Evaluate(c.Requests[k]);
                    Assert.Equal(before.Level, after.Level);
                    Assert.Equal(before.OmitStages, after.OmitStages);
                    Assert.Equal(before.OmitManagedFields, after.OmitManagedFields);
                    Assert.Equal(before.RuleIndex < 0 ? -1 : before.RuleIndex > i ? before.RuleIndex - 1 : before.RuleIndex, after.RuleIndex);
                }
            }
        }, iter: 500);

    [Fact]
    public void A_matching_rule_moved_to_the_front_decides()
        => Cases.Sample(c =>
        {
            var evaluator = new PolicyEvaluator(c.Policy);
            foreach (var r in c.Requests)
            {
                for (var i = 0; i < c.Policy.Rules.Count; i++)
                {
                    if (evaluator.Matches(c.Policy.Rules[i], r))
                    {
                        var front = c.Policy with { Rules = new EquatableArray<PolicyRule>(new[] { c.Policy.Rules[i] }.Concat(c.Policy.Rules)) };
                        Assert.Equal(0, new PolicyEvaluator(front).Evaluate(r).RuleIndex);
                    }
                }
            }
        }, iter: 300);

    [Fact]
    public void Group_wildcard_only_changes_decisions_for_rules_that_use_it()
        => Cases.Sample(c =>
        {
            var usesStar = c.Policy.Rules.Any(rule => rule.Resources.Any(g => g.Group == "*"));
            var before = new PolicyEvaluator(c.Policy, new KubernetesVersion(1, 35));
            var after = new PolicyEvaluator(c.Policy, new KubernetesVersion(1, 36));
            if (!usesStar)
            {
                Assert.All(c.Requests, r => Assert.Equal(before.Evaluate(r), after.Evaluate(r)));
            }
        }, iter: 500);
}
