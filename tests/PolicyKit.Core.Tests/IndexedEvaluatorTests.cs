using CsCheck;

namespace PolicyKit.Tests;

/// <summary>
/// The indexed evaluator (RuleCandidates, the default above PolicyEvaluator.IndexThreshold rules) decides
/// exactly like the linear one and like the literal transcription of upstream's checker: on small
/// generated policies forced onto the index, on large generated ones (several words of rule bits), and on
/// real-shaped large policies with requests drawn from their own strings.
/// </summary>
public class IndexedEvaluatorTests
{
    private static readonly KubernetesVersion[] Versions = [new(1, 29), new(1, 36)];

    private static void AgreesEverywhere(Policy policy, IEnumerable<AuditRequest> requests)
    {
        foreach (var version in Versions)
        {
            var indexed = new PolicyEvaluator(policy, version, EvaluatorStrategy.Indexed);
            var linear = new PolicyEvaluator(policy, version, EvaluatorStrategy.Linear);
            foreach (var r in requests)
            {
                var expected = UpstreamOracle.Evaluate(policy, r, version);
                Assert.Equal(expected, linear.Evaluate(r));
                var actual = indexed.Evaluate(r);
                if (actual != expected)
                {
                    Assert.Fail($"{version}, {r}: upstream {expected}, indexed {actual}\n{PolicyKit.Yaml.PolicyYamlWriter.Write(policy)}");
                }
            }
        }
    }

    [Fact]
    public void Small_generated_policies_decide_alike_through_the_index()
        => Gen.Select(Generators.Policy, Generators.Request.Array[40, 40]).Sample(
            c => AgreesEverywhere(c.Item1, c.Item2), iter: 2000);

    [Fact]
    public void Generated_policies_with_own_strings_decide_alike_through_the_index()
        => Generators.Policy.SelectMany(p => Generators.RequestsFor(p).Array[60, 60].Select(r => (p, r))).Sample(
            c => AgreesEverywhere(c.p, c.r), iter: 1000);

    [Fact]
    public void Large_generated_policies_decide_alike_through_the_index()
        => Generators.Rule.Array[60, 200].Select(rules => new Policy(new EquatableArray<PolicyRule>(rules)))
            .SelectMany(p => Generators.RequestsFor(p).Array[200, 200].Select(r => (p, r))).Sample(
                c => AgreesEverywhere(c.p, c.r), iter: 60);

    [Fact]
    public void The_large_policy_decides_alike_through_the_index()
    {
        var policy = LargePolicy.Create(500);
        AgreesEverywhere(policy, Generators.RequestsFor(policy).Array[5000, 5000].Single());
    }

    [Fact]
    public void A_team_scoped_variant_of_a_rule_meets_the_same_requests_in_the_team()
    {
        var rule = new PolicyRule(Level.RequestResponse)
        {
            Verbs = new(["update", "patch", "delete"]),
            Resources = new([new GroupResources("", new(["configmaps"]), new(["aws-auth"]))]),
            Namespaces = new(["kube-system"]),
        };
        var policy = new Policy(new EquatableArray<PolicyRule>(Enumerable.Range(0, 40).Select(t => RealShapedPolicy.ForTeam(rule, t)).ToArray()));
        var request = AuditRequest.ForResource("jane@example.com", ["system:authenticated"], "update", "", "configmaps", "", "team-0-kube-system", "aws-auth");
        Assert.Equal(0, new PolicyEvaluator(policy).Evaluate(request).RuleIndex);
        AgreesEverywhere(policy, Generators.RequestsFor(policy).Array[2000, 2000].Single());
    }
}
