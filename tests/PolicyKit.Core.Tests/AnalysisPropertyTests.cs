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
        => Generators.Policy.SelectMany(p => Gen.Frequency((1, RealRequestsFor(p)), (1, MatchingOneRule(p))).Array[count, count].Select(r => (p, r)));

    /// <summary>Requests that each match one of the policy's rules on its own (built from that rule's values).</summary>
    internal static Gen<AuditRequest> MatchingOneRule(Policy policy)
        => Gen.Int[0, policy.Rules.Count - 1].SelectMany(i => RealRequestsFor(policy with { Rules = new EquatableArray<PolicyRule>([policy.Rules[i]]) }));

    /// <summary>
    /// Requests built from the strings the policy names plus fresh ones. Real requests only: resources and
    /// subresources are path segments without '*', paths start with '/', and an API group is never "*".
    /// </summary>
    internal static Gen<AuditRequest> RealRequestsFor(Policy policy)
    {
        var rules = policy.Rules.AsArray();
        Gen<string> From(IEnumerable<string> named, params string[] fresh)
            => Gen.OneOfConst(named.Concat(fresh).Distinct().ToArray());
        var users = From(rules.SelectMany(r => r.Users).Where(u => u.Length > 0), "fresh-user");
        var groups = From(rules.SelectMany(r => r.UserGroups), "fresh-group").Array[0, 3];
        var verbs = From(rules.SelectMany(r => r.Verbs), "get", "list", "create", "fresh-verb");
        var namespaces = From(rules.SelectMany(r => r.Namespaces), "", "fresh-ns");
        var entries = rules.SelectMany(r => r.Resources).ToArray();
        var apiGroups = From(entries.Select(e => e.Group).Where(g => g != "*"), "", "fresh.example.com");
        var parts = entries.SelectMany(e => e.Resources).SelectMany(p => p.Split('/')).Where(p => p.Length > 0 && !p.Contains('*')).ToArray();
        var resources = From(parts, "pods", "fresh");
        var subresources = From(parts, "", "", "fresh-sub");
        var names = From(entries.SelectMany(e => e.ResourceNames), "", "fresh-name");
        var specs = rules.SelectMany(r => r.NonResourceUrls).Select(u => u.TrimEnd('*')).Where(u => u.StartsWith('/')).ToArray();
        var paths = From(specs.Concat(specs.Select(s => s + "x")).Concat(specs.Select(s => s + "/")), "/", "/fresh");
        var who = Gen.Frequency((1, Gen.Const<(string?, string[])>((null, []))), (6, Gen.Select(users, groups, (u, g) => ((string?)u, g))));
        var resource = Gen.Select(who, verbs, apiGroups, resources, subresources, namespaces, names)
            .Select(t => AuditRequest.ForResource(t.Item1.Item1, t.Item1.Item2, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7));
        var nonResource = Gen.Select(who, verbs, paths).Select(t => AuditRequest.ForNonResource(t.Item1.Item1, t.Item1.Item2, t.Item2, t.Item3));
        return Gen.Frequency((3, resource), (1, nonResource));
    }
}
