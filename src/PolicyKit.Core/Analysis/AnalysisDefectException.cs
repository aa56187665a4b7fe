using System;

namespace PolicyKit.Analysis;

/// <summary>
/// The analysis found that one of its own claims does not hold (a witness the reference evaluator decides
/// otherwise). Never expected; callers report it as an internal error instead of wrong findings.
/// </summary>
public sealed class AnalysisDefectException : Exception
{
    public AnalysisDefectException(string message)
        : base("internal error in PolicyKit's policy analysis (please report it): " + message)
    {
    }
}
