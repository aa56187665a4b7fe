using System;
using System.Globalization;

namespace PolicyKit.Diff;

/// <summary>
/// The comparison needed more steps than <see cref="Analysis.AnalysisOptions.MaxDiffSteps"/>: said
/// instead of a difference (a partial one would read as complete) and instead of an unbounded wait.
/// </summary>
public sealed class DiffBudgetExceededException : Exception
{
    public DiffBudgetExceededException(long steps, int unsharedRules)
        : base(string.Format(CultureInfo.InvariantCulture,
            "the two policies were not compared within the analysis budget ({0:N0} steps): they differ in {1:N0} rules, too many to compare exactly; compare smaller changes (a few rules each)",
            steps, unsharedRules))
    {
        Steps = steps;
    }

    /// <summary>The budget that was exceeded.</summary>
    public long Steps { get; }
}
