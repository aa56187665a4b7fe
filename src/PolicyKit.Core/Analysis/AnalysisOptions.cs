namespace PolicyKit.Analysis;

/// <summary>How much work the analysis may do before it reports "not proven within budget" instead of an answer.</summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    /// <summary>
    /// Pieces of requests one question (is this rule reachable? does this region escape those rules?) may
    /// examine. Counted, not timed, so a finding is the same on every machine; each piece is a few
    /// microseconds, so the default bounds a question to about a second where exactness would need more.
    /// </summary>
    public int MaxPiecesPerQuestion { get; init; } = 200_000;

    /// <summary>
    /// Steps one comparison of two policies (<c>policykit diff</c>, the build's baseline diff) may take: a piece of
    /// requests taken, or a rule tested against one. Counted, not timed; 2 million is a few seconds. A diff of policies
    /// that share most rules stays far below it; past it the comparison says so
    /// (<see cref="Diff.DiffBudgetExceededException"/>) rather than report part of a difference.
    /// </summary>
    public long MaxDiffSteps { get; init; } = 2_000_000;
}
