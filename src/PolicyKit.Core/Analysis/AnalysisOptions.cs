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
}
