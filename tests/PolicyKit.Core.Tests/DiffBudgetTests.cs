using PolicyKit.Analysis;
using PolicyKit.Diff;

namespace PolicyKit.Tests;

/// <summary>A comparison past its budget says so, never a partial difference (issue 17).</summary>
public class DiffBudgetTests
{
    private static readonly Policy Old = LargePolicy.Create(60);

    private static Policy Reversed() => Old with { Rules = new EquatableArray<PolicyRule>(Old.Rules.Reverse().ToArray()) };

    [Fact]
    public void A_comparison_past_the_budget_throws_with_the_size_of_the_change()
    {
        var e = Assert.Throws<DiffBudgetExceededException>(() => PolicyDiff.Compare(Old, Reversed(), options: new AnalysisOptions { MaxDiffSteps = 50 }));
        Assert.Equal(50, e.Steps);
        Assert.Contains("not compared within the analysis budget (50 steps)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Within_the_budget_the_difference_is_the_same_whatever_the_budget()
    {
        var full = PolicyDiff.Compare(Old, Reversed(), options: new AnalysisOptions { MaxDiffSteps = long.MaxValue });
        var bounded = PolicyDiff.Compare(Old, Reversed());
        Assert.Equal(full.Regions.Select(r => (r.Old, r.New, r.Parts.Count)), bounded.Regions.Select(r => (r.Old, r.New, r.Parts.Count)));
    }
}
