using CsCheck;
using PolicyKit.Cli.Import;
using PolicyKit.Generators.Emitters;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>
/// The compiled matcher equals Core's evaluator on every request: policies (generated and real) are
/// written as DSL code by `policykit import`, compiled with the generator in memory, loaded, and compared.
/// </summary>
public class DifferentialTests
{
    private static readonly KubernetesVersion Target = KubernetesVersion.Latest;

    /// <summary>Compiles many policies in one compilation (compiling is the slow part) and checks each.</summary>
    private static void CheckAll(IReadOnlyList<Policy> policies, int requestsPerPolicy, bool expectModelEquality, MatcherLimits? limits = null)
    {
        var sources = policies.Select((p, i) => PolicyCSharpWriter.Write(p, new ImportOptions($"P{i}", "Diff", $"p{i}", null)).Code).ToList();
        var result = GeneratorHarness.Run(GeneratorHarness.Compilation(sources), limits: limits);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Problems);
        var assembly = GeneratorHarness.Load(result.Output);
        for (var i = 0; i < policies.Count; i++)
        {
            var evaluate = GeneratorHarness.Evaluate(assembly, $"Diff.P{i}");
            var compiledModel = GeneratorHarness.Model(assembly, $"Diff.P{i}");
            if (expectModelEquality)
            {
                Assert.Equal(policies[i], compiledModel);
            }
            var reference = new PolicyEvaluator(policies[i], Target);
            // The shared vocabulary (every odd spelling) and the policy's own strings (where its distinctions are).
            var sample = Gen.Frequency((1, Generators.Request), (1, Generators.RequestsFor(policies[i]))).Array[requestsPerPolicy, requestsPerPolicy].Single();
            foreach (var r in sample)
            {
                var expected = reference.Evaluate(r);
                var actual = evaluate(r);
                if (expected != actual)
                {
                    Assert.Fail($"policy {i}, request {r}: expected {expected}, compiled {actual}\n{PolicyYamlWriter.Write(policies[i])}");
                }
            }
        }
    }

    private static bool ApiserverLoads(Policy policy)
        => !PolicyValidator.Validate(policy, Target).Any(f => f.Severity == Severity.Error);

    [Fact]
    public void Generated_policies_compile_to_matchers_that_agree_with_the_evaluator()
    {
        var policies = Generators.Policy.Where(ApiserverLoads).Array[60, 60].Single();
        CheckAll(policies, 3000, expectModelEquality: false);
    }

    [Fact]
    public void Another_random_batch()
    {
        var policies = Generators.Policy.Where(ApiserverLoads).Array[60, 60].Single();
        CheckAll(policies, 3000, expectModelEquality: false);
    }

    [Fact]
    public void Real_policies_compile_to_matchers_that_agree_with_the_evaluator()
    {
        var policies = Fixtures.Policies().Select(f => PolicyYamlReader.ReadFile(f).Policy).Where(p => p is not null && ApiserverLoads(p)).Select(p => p!).ToList();
        Assert.True(policies.Count >= 14, "fixtures read: " + policies.Count);
        CheckAll(policies, 20000, expectModelEquality: false);
    }

    [Fact]
    public void A_500_rule_policy_compiles_to_a_matcher_that_agrees_with_the_evaluator()
        => CheckAll([LargePolicy.Create(500)], 20000, expectModelEquality: true);

    /// <summary>Issue 17: a policy of 2,000 real-shaped rules (team variants of every real rule, GKE's policy as the tail).</summary>
    [Fact]
    public void A_2000_rule_real_shaped_policy_compiles_to_a_matcher_that_agrees_with_the_evaluator()
    {
        var real = Fixtures.Policies().Select(f => PolicyYamlReader.ReadFile(f).Policy).Where(p => p is not null && ApiserverLoads(p)).Select(p => p!).ToList();
        var tail = PolicyYamlReader.ReadFile(Fixtures.Policy("gke-gce-default.yaml")).Policy!;
        CheckAll([RealShapedPolicy.Create(RealShapedPolicy.RealRules(real), tail, 2000)], 30000, expectModelEquality: false);
    }

    /// <summary>Generated policies long enough that the matcher splits their sequences (RuleSplit) with the default limits.</summary>
    [Fact]
    public void Long_generated_policies_compile_to_split_matchers_that_agree_with_the_evaluator()
    {
        var rule = Generators.Rule.Where(r => ApiserverLoads(new Policy(new EquatableArray<PolicyRule>([r]))));
        var policies = rule.Array[80, 160].Select(rules => new Policy(new EquatableArray<PolicyRule>(rules))).Array[8, 8].Single();
        CheckAll(policies, 5000, expectModelEquality: false);
    }

    /// <summary>Limits low enough that small policies take every fallback the matcher has for large ones.</summary>
    public static TheoryData<string> Fallbacks() => new("no-bits", "no-classes", "no-classes-no-bits", "method-per-verb", "split", "split-no-classes-no-bits");

    private static MatcherLimits Limits(string fallback) => fallback switch
    {
        // Lookups with more than one value give way to per-rule helper calls; group classes stay.
        "no-bits" => new MatcherLimits { MaxValues = 1 },
        // Rules test API group bits (and call exact resource helpers) instead of a dispatch on the group.
        "no-classes" => new MatcherLimits { MaxClassedTests = 0 },
        "no-classes-no-bits" => new MatcherLimits { MaxClassedTests = 0, MaxValues = 1 },
        "method-per-verb" => new MatcherLimits { MaxMethodTests = 1 },
        // Every sequence of two or more rules is split on an attribute where that shortens it.
        "split" => new MatcherLimits { MaxSequence = 1 },
        "split-no-classes-no-bits" => new MatcherLimits { MaxSequence = 1, MaxClassedTests = 0, MaxValues = 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(fallback)),
    };

    [Theory]
    [MemberData(nameof(Fallbacks))]
    public void The_fallbacks_for_large_policies_agree_with_the_evaluator_too(string fallback)
    {
        var policies = Generators.Policy.Where(ApiserverLoads).Array[40, 40].Single();
        CheckAll(policies, 2000, expectModelEquality: false, Limits(fallback));
    }
}
