using ClusterPolicy;
using PolicyKit.Yaml;

namespace PolicyKit.Build.Tests;

public class PolicyRevalidationTests
{
    private static readonly PolicyRecord Good = new("cluster", "C", "1.29", ClusterAuditPolicy.Model.Rules.Count, ClusterAuditPolicy.Yaml);

    [Fact]
    public void A_generated_policy_passes()
        => Assert.Empty(PolicyRevalidation.Problems(Good));

    [Fact]
    public void Yaml_that_is_not_the_canonical_form_is_refused()
    {
        var problem = Assert.Single(PolicyRevalidation.Problems(Good with { Yaml = Good.Yaml.Replace("level: None", "level: none") }));
        Assert.Contains("cannot be read back", problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n")]
    public void An_empty_policy_is_never_shipped(string yaml)
        => Assert.NotEmpty(PolicyRevalidation.Problems(Good with { Yaml = yaml, RuleCount = 0 }));

    [Fact]
    public void A_rule_count_that_disagrees_with_the_yaml_is_refused()
        => Assert.Contains(PolicyRevalidation.Problems(Good with { RuleCount = 3 }), p => p.Contains("where the record says 3"));

    [Fact]
    public void A_policy_the_apiserver_refuses_is_refused()
    {
        var yaml = PolicyYamlWriter.Write(new Policy(new[] { new PolicyRule(Level.None) { NonResourceUrls = new[] { "healthz" } } }));
        var problem = Assert.Single(PolicyRevalidation.Problems(Good with { Yaml = yaml, RuleCount = 1 }));
        Assert.Contains("the apiserver would refuse it: rules[0].nonResourceURLs[0]", problem);
    }

    [Fact]
    public void Validation_uses_the_policy_s_minimum_kubernetes_version()
    {
        var yaml = PolicyYamlWriter.Write(new Policy(new[] { new PolicyRule(Level.None) { Resources = new[] { new GroupResources("*") } } }));
        Assert.Empty(PolicyRevalidation.Problems(Good with { Yaml = yaml, RuleCount = 1, MinKubernetesVersion = "1.36" }));
        Assert.NotEmpty(PolicyRevalidation.Problems(Good with { Yaml = yaml, RuleCount = 1, MinKubernetesVersion = "1.35" }));
        Assert.NotEmpty(PolicyRevalidation.Problems(Good with { MinKubernetesVersion = "1.2x" }));
    }
}
