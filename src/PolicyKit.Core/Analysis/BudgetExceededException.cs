using System;

namespace PolicyKit.Analysis;

/// <summary>A question took more pieces than <see cref="AnalysisOptions.MaxPiecesPerQuestion"/>: the check reports PK1052 for it instead of an answer.</summary>
internal sealed class BudgetExceededException : Exception
{
    public BudgetExceededException(int pieces)
        : base($"more than {pieces} pieces")
    {
        Pieces = pieces;
    }

    public int Pieces { get; }
}
