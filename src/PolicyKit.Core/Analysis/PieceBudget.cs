namespace PolicyKit.Analysis;

/// <summary>
/// Pieces shared by several questions of one check about one rule (PK1002 asks one per later rule that overlaps
/// it): each question stays within <see cref="AnalysisOptions.MaxPiecesPerQuestion"/>, and together they do too,
/// so a rule that overlaps thousands of later rules gets PK1052 instead of thousands of full searches.
/// </summary>
internal sealed class PieceBudget(int pieces)
{
    public int Pieces { get; } = pieces;

    private int _left = pieces;

    /// <summary>Takes one piece; throws <see cref="BudgetExceededException"/> when none is left.</summary>
    public void Take()
    {
        if (--_left < 0)
        {
            throw new BudgetExceededException(Pieces);
        }
    }
}
