using CsCheck;
using PolicyKit.Analysis;

namespace PolicyKit.Tests;

/// <summary>
/// The analysis against the reference evaluator, over generated policies: every witness is decided as claimed,
/// and no request reaches a rule declared unreachable — requests drawn from the very strings the policy names
/// (where all the distinctions are), plus fresh ones.
/// </summary>
public class AnalysisPropertyTests
{
    private static readonly KubernetesVersion[] Versions = [new(1, 29), new(1, 36)];

    [Fact]
    public void Witnesses_are_decided_by_their_rule_and_unreachable_rules_are_reached_by_nothing()
        => WithRequests(300).Sample(t =>
        {
            var (policy, requests) = t;
            foreach (var version in Versions)
            {
                var evaluator = new PolicyEvaluator(policy, version);
                var witnesses = PolicyAnalysis.Witnesses(policy, version);
                Assert.Equal(policy.Rules.Count, witnesses.Count);
                foreach (var w in witnesses.Where(w => w.Reachable))
                {
                    Assert.Equal(w.Rule, evaluator.Evaluate(w.Witness!.Value).RuleIndex);
                }
                var unreachable = witnesses.Where(w => !w.Reachable).Select(w => w.Rule).ToHashSet();
                if (unreachable.Count == 0)
                {
                    continue;
                }
                foreach (var r in requests)
                {
                    Assert.DoesNotContain(evaluator.Evaluate(r).RuleIndex, unreachable);
                }
                foreach (var w in witnesses.Where(w => !w.Reachable))
                {
                    Assert.All(w.CoveredBy, c => Assert.True(c < w.Rule));
                    // The strongest test: requests that match the rule on its own are all decided earlier.
                    foreach (var r in requests.Where(r => evaluator.Matches(policy.Rules[w.Rule], r)))
                    {
                        Assert.True(evaluator.Evaluate(r).RuleIndex < w.Rule, $"rule {w.Rule} declared unreachable, but {r} reaches it");
                    }
                }
            }
        }, iter: 600);

    [Fact]
    public void Every_finding_witness_is_decided_as_the_finding_says()
        => Generators.Policy.Sample(policy =>
        {
            var evaluator = new PolicyEvaluator(policy);
            foreach (var f in PolicyAnalysis.Analyze(policy))
            {
                if (f.Witness is not { } witness)
                {
                    continue;
                }
                var decision = evaluator.Evaluate(witness);
                var expected = f.Id switch
                {
                    "PK1003" => f.Related[0],
                    "PK1020" or "PK1021" or "PK1031" when f.RuleIndex is null => -1,
                    "PK1030" => decision.RuleIndex,
                    _ => f.RuleIndex ?? decision.RuleIndex,
                };
                Assert.True(expected == decision.RuleIndex, $"{f.Id} {f.Message}: witness decided by {decision.RuleIndex}");
                switch (f.Id)
                {
                    case "PK1010":
                        Assert.True(decision.Level >= Level.Request);
                        break;
                    case "PK1020" or "PK1021":
                        Assert.Equal(Level.None, decision.Level);
                        break;
                    case "PK1030":
                        Assert.True(decision.Level != Level.None && (decision.OmitStages & Stages.RequestReceived) == 0);
                        break;
                    case "PK1046":
                        Assert.True(!witness.HasUser && decision.Level != Level.None && (decision.OmitStages & Stages.ResponseStarted) != 0);
                        break;
                }
            }
        }, iter: 400);

    [Fact]
    public void Removing_a_redundant_rule_changes_no_decision()
        => WithRequests(200).Sample(t =>
        {
            var (policy, requests) = t;
            foreach (var f in PolicyAnalysis.Analyze(policy).Where(f => f.Id == "PK1002"))
            {
                var i = f.RuleIndex!.Value;
                var without = policy with { Rules = new EquatableArray<PolicyRule>(policy.Rules.Where((_, k) => k != i)) };
                var before = new PolicyEvaluator(policy);
                var after = new PolicyEvaluator(without);
                foreach (var r in requests)
                {
                    var x = before.Evaluate(r);
                    var y = after.Evaluate(r);
                    Assert.Equal(x.Level, y.Level);
                    if (x.Level != Level.None)
                    {
                        Assert.Equal(x.OmitStages, y.OmitStages);
                        Assert.Equal(x.OmitManagedFields, y.OmitManagedFields);
                    }
                }
            }
        }, iter: 400);

    private static Gen<(Policy, AuditRequest[])> WithRequests(int count)
        => Generators.Policy.SelectMany(p => Generators.RequestsFor(p).Array[count, count].Select(r => (p, r)));
}
