using System.Globalization;
using PolicyKit.Analysis;
using PolicyKit.Diagnostics;

namespace PolicyKit.Tests;

/// <summary>
/// Rules that list tens of thousands of resources or users (issue 17's pathological rules): the analysis
/// treats such a list as one set, and must still answer exactly — about the one entry that matters.
/// docs/benchmarks.md times the 100,000- and 600,000-entry versions.
/// </summary>
public class AnalysisLongListTests
{
    private const int Count = 20_000;

    private static string[] Names(string prefix) => Enumerable.Range(0, Count).Select(i => prefix + i.ToString(CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void A_rule_after_a_long_resource_list_that_takes_all_its_requests_is_unreachable()
    {
        var policy = new Policy(new EquatableArray<PolicyRule>([
            new PolicyRule(Level.Metadata) { Resources = new([new GroupResources("example.com", new(Names("widgets")))]) },
            new PolicyRule(Level.Request) { Resources = new([new GroupResources("example.com", new(["widgets17", "widgets19999"]))]) },
            new PolicyRule(Level.None)]));
        var findings = PolicyAnalysis.Analyze(policy);
        var unreachable = Assert.Single(findings, f => f.Id == DiagnosticIds.UnreachableRule);
        Assert.Equal(1, unreachable.RuleIndex);
        Assert.True(PolicyAnalysis.Witnesses(policy)[0].Reachable);
    }

    [Fact]
    public void One_shadowed_entry_among_twenty_thousand_resources_is_the_one_reported()
    {
        var policy = new Policy(new EquatableArray<PolicyRule>([
            new PolicyRule(Level.None) { Resources = new([new GroupResources("example.com", new(["widgets12345"]))]) },
            new PolicyRule(Level.Metadata) { Resources = new([new GroupResources("example.com", new(Names("widgets")))]) },
            new PolicyRule(Level.None)]));
        var shadowed = Assert.Single(PolicyAnalysis.Analyze(policy), f => f.Id == DiagnosticIds.ShadowedEntry);
        Assert.Contains("\"widgets12345\"", shadowed.Message, StringComparison.Ordinal);
        Assert.Equal(12345, shadowed.Target.Item);
    }

    [Fact]
    public void One_shadowed_user_among_twenty_thousand_is_the_one_reported()
    {
        var policy = new Policy(new EquatableArray<PolicyRule>([
            new PolicyRule(Level.Metadata) { Users = new(["user-777"]) },
            new PolicyRule(Level.None) { Users = new(Names("user-")) },
            new PolicyRule(Level.Metadata)]));
        var shadowed = Assert.Single(PolicyAnalysis.Analyze(policy), f => f.Id == DiagnosticIds.ShadowedEntry);
        Assert.Contains("\"user-777\"", shadowed.Message, StringComparison.Ordinal);
        var evaluator = new PolicyEvaluator(policy);
        var witness = PolicyAnalysis.Witnesses(policy)[1];
        Assert.Equal(1, evaluator.Evaluate(witness.Witness!.Value).RuleIndex);
    }

    [Fact]
    public void Patterns_of_one_subresource_and_of_one_resource_merge_without_changing_what_the_rule_matches()
    {
        // pods/exec, pods/attach, services/proxy, deployments/*, */status: merged per subresource, then per resource.
        var rule = new PolicyRule(Level.RequestResponse)
        {
            Resources = new([new GroupResources("", new(["pods/exec", "pods/attach", "services/proxy", "pods", "services", "*/status"]))]),
        };
        var policy = new Policy(new EquatableArray<PolicyRule>([rule, new PolicyRule(Level.None)]));
        var evaluator = new PolicyEvaluator(policy);
        foreach (var witness in PolicyAnalysis.Witnesses(policy).Where(w => w.Reachable))
        {
            Assert.Equal(witness.Rule, evaluator.Evaluate(witness.Witness!.Value).RuleIndex);
        }
        Assert.DoesNotContain(PolicyAnalysis.Analyze(policy), f => f.Id is DiagnosticIds.UnreachableRule or DiagnosticIds.ShadowedEntry);
    }
}
