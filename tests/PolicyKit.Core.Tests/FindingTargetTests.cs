using PolicyKit.Validation;

namespace PolicyKit.Tests;

/// <summary>The typed node a finding is about: its locator, its upstream path and its ancestors.</summary>
public class FindingTargetTests
{
    [Fact]
    public void Locator_has_every_index_and_path_drops_those_below_the_rule()
    {
        var pattern = FindingTarget.ResourceEntry(2, 1, "resources", 0);
        Assert.Equal("rules[2].resources[1].resources[0]", pattern.Locator);
        Assert.Equal("rules[2].resources.resources", pattern.Path);
        Assert.Equal("rules[2].verbs[3]", FindingTarget.OfRule(2, "verbs", 3).Locator);
        Assert.Equal("rules[2].verbs", FindingTarget.OfRule(2, "verbs", 3).Path);
        Assert.Equal("rules[0]", FindingTarget.OfRule(0).Locator);
        Assert.Equal("omitStages", FindingTarget.PolicyField("omitStages").Locator);
        Assert.Equal("", FindingTarget.Policy.Locator);
    }

    [Fact]
    public void Parents_drop_the_innermost_part_up_to_the_policy()
    {
        var chain = new List<string>();
        for (FindingTarget? t = FindingTarget.ResourceEntry(2, 1, "resources", 0); t is not null; t = t.Parent)
        {
            chain.Add(t.Locator);
        }
        Assert.Equal(["rules[2].resources[1].resources[0]", "rules[2].resources[1].resources", "rules[2].resources[1]", "rules[2].resources", "rules[2]", ""], chain);
        Assert.Equal(FindingTarget.Policy, FindingTarget.PolicyField("rules").Parent);
    }

    [Fact]
    public void Findings_of_a_rule_report_its_index()
    {
        var f = Assert.Single(PolicyValidator.Validate(new Policy(new[] { new PolicyRule(Level.None), new PolicyRule(Level.None) { Verbs = new[] { "" } } })));
        Assert.Equal(1, f.RuleIndex);
        Assert.Equal(FindingTarget.OfRule(1, "verbs", 0), f.Target);
    }
}
