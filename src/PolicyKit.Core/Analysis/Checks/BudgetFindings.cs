using System;
using System.Collections.Generic;
using System.Globalization;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;

namespace PolicyKit.Analysis;

/// <summary>
/// PK1052: what the analysis did not prove within its budget (<see cref="AnalysisOptions"/>), said in the
/// output rather than answered wrongly or after an unbounded wait (docs/rules/PK1052.md).
/// </summary>
internal static class BudgetFindings
{
    /// <summary>The finding for one rule whose <paramref name="question"/> was left open.</summary>
    public static PolicyFinding ForRule(AnalysisContext context, int rule, string question, BudgetExceededException e)
        => AnalysisContext.Finding(DiagnosticIds.NotProvenWithinBudget, FindingTarget.OfRule(rule),
            $"{context.Label(rule)}: {question} was not proven within the analysis budget ({Pieces(e)} pieces of requests); findings of that check for this rule may be missing");

    /// <summary>A whole check's findings, or PK1052 in their place when one of its questions ran out of budget.</summary>
    public static IReadOnlyList<PolicyFinding> Check(string name, Func<IEnumerable<PolicyFinding>> run)
    {
        try
        {
            return new List<PolicyFinding>(run());
        }
        catch (BudgetExceededException e)
        {
            return new[]
            {
                AnalysisContext.Finding(DiagnosticIds.NotProvenWithinBudget, FindingTarget.PolicyField("rules"),
                    $"the {name} checks were not completed within the analysis budget ({Pieces(e)} pieces of requests per question); their findings are missing"),
            };
        }
    }

    private static string Pieces(BudgetExceededException e) => e.Pieces.ToString("N0", CultureInfo.InvariantCulture);
}
