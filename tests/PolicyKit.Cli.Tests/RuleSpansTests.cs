using PolicyKit.Cli.Commands;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>The one-pass spans of every rule (lint's suppressions, fmt, import) are what asking rule by rule gives.</summary>
public class RuleSpansTests
{
    public static TheoryData<string> PolicyFiles() => new(Fixtures.Policies().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(PolicyFiles))]
    public void All_gives_each_rule_the_span_of_Of(string file)
    {
        var document = PolicyYamlReader.ReadFile(Fixtures.Policy(file));
        var all = RuleSpans.All(document);
        Assert.Equal(document.Policy!.Rules.Count, all.Length);
        for (var i = 0; i < all.Length; i++)
        {
            Assert.Equal(RuleSpans.Of(document, i), all[i]);
        }
    }

    [Fact]
    public void A_flow_style_policy_and_keys_that_only_look_like_rules_are_read_by_index()
    {
        var document = PolicyYamlReader.Read("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [{level: None, users: [a]},\n  {level: Metadata}]\nrulesx: 1\n");
        Assert.Equal([(3, 3), (4, 4)], RuleSpans.All(document));
    }
}
