using PolicyKit.Diagnostics;
using PolicyKit.Validation;

namespace PolicyKit.Tests;

/// <summary>The apiserver's validation, with its exact paths and messages (k8s.io/apiserver pkg/apis/audit/validation).</summary>
public class ValidationTests
{
    private static IReadOnlyList<PolicyFinding> Validate(PolicyRule rule, KubernetesVersion? version = null)
        => PolicyValidator.Validate(new Policy(new[] { new PolicyRule(Level.Metadata), rule }), version);

    private static string Only(IReadOnlyList<PolicyFinding> findings) => Assert.Single(findings).ToString();

    [Fact]
    public void A_valid_policy_has_no_findings()
        => Assert.Empty(Validate(new PolicyRule(Level.None)
        {
            Users = new[] { "system:kube-proxy" },
            Verbs = new[] { "watch" },
            Resources = new[] { new GroupResources("", new[] { "endpoints", "services", "services/status" }) },
        }));

    [Fact]
    public void Zero_rules_fail_to_load()
        => Assert.Equal("loaded illegal policy with 0 rules", Only(PolicyValidator.Validate(new Policy(default))));

    [Fact]
    public void Non_resource_url_without_slash()
        => Assert.Equal(
            "rules[1].nonResourceURLs[0]: Invalid value: \"healthz\": non-resource URL rules must begin with a '/' character",
            Only(Validate(new PolicyRule(Level.None) { NonResourceUrls = new[] { "healthz" } })));

    [Fact]
    public void Non_resource_url_with_inner_wildcard()
        => Assert.Equal(
            "rules[1].nonResourceURLs[1]: Invalid value: \"/api/*/x\": non-resource URL wildcards '*' must be the final character of the rule",
            Only(Validate(new PolicyRule(Level.None) { NonResourceUrls = new[] { "*", "/api/*/x" } })));

    [Fact]
    public void Non_resource_url_empty_and_relative_wildcard_give_both_errors_in_order()
    {
        var findings = Validate(new PolicyRule(Level.None) { NonResourceUrls = new[] { "", "a*b" } });
        Assert.Equal(new[]
        {
            "rules[1].nonResourceURLs[0]: Invalid value: \"\": non-resource URL rules must begin with a '/' character",
            "rules[1].nonResourceURLs[1]: Invalid value: \"a*b\": non-resource URL rules must begin with a '/' character",
            "rules[1].nonResourceURLs[1]: Invalid value: \"a*b\": non-resource URL wildcards '*' must be the final character of the rule",
        }, findings.Select(f => f.ToString()));
    }

    [Fact]
    public void Group_must_be_a_dns_subdomain()
        => Assert.Equal(
            "rules[1].resources.group: Invalid value: \"rbac.authorization.k8s.io/v1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
            Only(Validate(new PolicyRule(Level.None) { Resources = new[] { new GroupResources("rbac.authorization.k8s.io/v1") } })));

    [Fact]
    public void Group_locator_points_at_the_exact_entry_while_the_path_is_upstreams()
    {
        var f = Assert.Single(Validate(new PolicyRule(Level.None) { Resources = new[] { new GroupResources("apps"), new GroupResources("Apps") } }));
        Assert.Equal("rules[1].resources.group", f.Path);
        Assert.Equal("rules[1].resources[1].group", f.Locator);
        Assert.Equal(1, f.RuleIndex);
    }

    [Fact]
    public void Long_group_reports_length_and_format()
    {
        var group = new string('a', 254);
        var f = Assert.Single(Validate(new PolicyRule(Level.None) { Resources = new[] { new GroupResources(group) } }));
        Assert.StartsWith("Invalid value: \"" + group + "\": must be no more than 253 characters", f.Message);
    }

    [Fact]
    public void Group_star_is_valid_from_1_36_only()
    {
        var rule = new PolicyRule(Level.None) { Resources = new[] { new GroupResources("*", new[] { "pods" }) } };
        Assert.Empty(Validate(rule, new KubernetesVersion(1, 36)));
        Assert.Contains("rules[1].resources.group: Invalid value: \"*\": a lowercase RFC 1123 subdomain", Only(Validate(rule, new KubernetesVersion(1, 35))));
    }

    [Fact]
    public void Resource_names_require_resources()
        => Assert.Equal(
            "rules[1].resources.resourceNames: Invalid value: []string{\"a\", \"b\"}: using resourceNames requires at least one resource",
            Only(Validate(new PolicyRule(Level.None) { Resources = new[] { new GroupResources("", default, new[] { "a", "b" }) } })));

    [Fact]
    public void Resource_and_non_resource_together()
        => Assert.Equal(
            "rules[1].nonResourceURLs: Invalid value: []string{\"/healthz\"}: rules cannot apply to both regular resources and non-resource URLs",
            Only(Validate(new PolicyRule(Level.None) { Namespaces = new[] { "default" }, NonResourceUrls = new[] { "/healthz" } })));

    [Fact]
    public void Level_and_stage_messages_are_upstreams()
    {
        Assert.Equal("Unsupported value: \"Everything\": supported values: \"None\", \"Metadata\", \"Request\", \"RequestResponse\"", UpstreamMessages.UnsupportedLevel("Everything"));
        Assert.Equal("Invalid value: \"Started\": allowed stages are RequestReceived,ResponseStarted,ResponseComplete,Panic", UpstreamMessages.InvalidStage("Started"));
    }

    [Theory]
    [InlineData("**")]
    [InlineData("pods/*/x")]
    [InlineData("*/*")]
    [InlineData("")]
    [InlineData("/log")]
    [InlineData("pods/")]
    [InlineData("po*")]
    [InlineData("pods/lo*")]
    public void Malformed_resource_patterns_are_our_warnings(string pattern)
    {
        var f = Assert.Single(Validate(new PolicyRule(Level.None) { Resources = new[] { new GroupResources("", new[] { "pods", pattern }) } }));
        Assert.Equal(DiagnosticIds.MalformedResource, f.Id);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("rules[1].resources[0].resources[1]", f.Path);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("pods")]
    [InlineData("pods/log")]
    [InlineData("pods/*")]
    [InlineData("*/scale")]
    public void Well_formed_resource_patterns_pass(string pattern)
        => Assert.Null(ResourcePatterns.Problem(pattern));

    [Fact]
    public void Empty_users_groups_and_verbs_never_match()
    {
        var findings = Validate(new PolicyRule(Level.None) { Users = new[] { "" }, UserGroups = new[] { "x", "" }, Verbs = new[] { "" } });
        Assert.Equal(new[] { "rules[1].users[0]", "rules[1].userGroups[1]", "rules[1].verbs[0]" }, findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(DiagnosticIds.EmptyNeverMatches, f.Id));
    }
}
