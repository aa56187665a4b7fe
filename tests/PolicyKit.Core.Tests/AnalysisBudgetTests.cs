using PolicyKit.Analysis;
using PolicyKit.Diagnostics;

namespace PolicyKit.Tests;

/// <summary>
/// PK1052: a question past the analysis budget is reported as not proven, never answered wrongly (issue 17).
/// The budget is counted in pieces, so these tests run the real policies with a tiny one.
/// </summary>
public class AnalysisBudgetTests
{
    private static readonly AnalysisOptions Tiny = new() { MaxPiecesPerQuestion = 2 };

    [Fact]
    public void A_question_past_the_budget_is_reported_as_not_proven()
    {
        // A first rule taking every GET defeats the probe (witnesses are built with GET where a rule allows it), so
        // the questions go to the search and its budget.
        var large = LargePolicy.Create(60);
        var policy = large with { Rules = new EquatableArray<PolicyRule>([new PolicyRule(Level.None) { Verbs = new(["get"]) }, .. large.Rules]) };
        var findings = PolicyAnalysis.Analyze(policy, KubernetesVersion.Latest, Tiny);
        var open = findings.Where(f => f.Id == DiagnosticIds.NotProvenWithinBudget).ToList();
        Assert.NotEmpty(open);
        Assert.All(open, f => Assert.Contains("not proven within the analysis budget", f.Message.Replace("were not completed", "not proven"), StringComparison.Ordinal));
        // A rule whose reachability is open gets no reachability finding.
        var unproven = PolicyAnalysis.Witnesses(policy, KubernetesVersion.Latest, Tiny).Where(w => w.Unproven).Select(w => w.Rule).ToHashSet();
        Assert.NotEmpty(unproven);
        Assert.DoesNotContain(findings, f => f.RuleIndex is { } i && unproven.Contains(i) && f.Id is DiagnosticIds.UnreachableRule or DiagnosticIds.RedundantRule);
    }

    [Fact]
    public void What_is_proven_within_a_small_budget_is_what_the_full_analysis_proves()
        => Generators.Policy.Sample(policy =>
        {
            var full = PolicyAnalysis.Analyze(policy).Select(Key).ToHashSet();
            var small = PolicyAnalysis.Analyze(policy, KubernetesVersion.Latest, new AnalysisOptions { MaxPiecesPerQuestion = 3 });
            // Every finding made within the small budget is one the full analysis makes (its witness may be
            // another request, replayed all the same): running out only removes answers.
            foreach (var f in small.Where(f => f.Id != DiagnosticIds.NotProvenWithinBudget))
            {
                Assert.Contains(Key(f), full);
            }
            var witnesses = PolicyAnalysis.Witnesses(policy, KubernetesVersion.Latest, new AnalysisOptions { MaxPiecesPerQuestion = 3 });
            var evaluator = new PolicyEvaluator(policy);
            foreach (var w in witnesses.Where(w => w.Reachable))
            {
                Assert.Equal(w.Rule, evaluator.Evaluate(w.Witness!.Value).RuleIndex);
            }
        }, iter: 300);

    [Fact]
    public void The_default_budget_leaves_the_real_shaped_team_policy_proven()
    {
        var rule = new PolicyRule(Level.Metadata) { Resources = new([new GroupResources("", new(["pods"]))]) };
        var policy = new Policy(new EquatableArray<PolicyRule>(Enumerable.Range(0, 300).Select(t => RealShapedPolicy.ForTeam(rule, t)).Append(new PolicyRule(Level.None)).ToArray()));
        Assert.DoesNotContain(PolicyAnalysis.Analyze(policy), f => f.Id == DiagnosticIds.NotProvenWithinBudget);
    }

    [Fact]
    public void PK1052_is_described()
        => Assert.Equal(Validation.Severity.Info, DiagnosticCatalog.Get(DiagnosticIds.NotProvenWithinBudget).DefaultSeverity);

    private static string Key(Validation.PolicyFinding f) => f.Id + "@" + f.Locator;
}
