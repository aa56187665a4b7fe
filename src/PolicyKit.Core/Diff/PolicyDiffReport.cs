using System;

namespace PolicyKit.Diff;

/// <summary>
/// What <c>policykit diff</c> and the build's <c>policy-diff.md</c>/<c>.json</c> report: the two sides and the exact
/// difference of their decisions. Further sections (such as replayed audit events) are added as properties here and
/// as sections of <see cref="DiffJsonWriter"/> and <see cref="DiffMarkdownWriter"/>; the regions stay as they are.
/// </summary>
public sealed class PolicyDiffReport
{
    public PolicyDiffReport(DiffSide old, DiffSide @new, PolicyDiffResult result)
    {
        Old = old ?? throw new ArgumentNullException(nameof(old));
        New = @new ?? throw new ArgumentNullException(nameof(@new));
        Result = result ?? throw new ArgumentNullException(nameof(result));
    }

    /// <summary>Compares the two sides and wraps the result.</summary>
    public static PolicyDiffReport Compare(DiffSide old, DiffSide @new, DiffVersions versions)
        => new(old, @new, PolicyDiff.Compare(old.Policy, @new.Policy, versions));

    public DiffSide Old { get; }

    public DiffSide New { get; }

    public PolicyDiffResult Result { get; }

    /// <summary>The exit code of <c>policykit diff</c>: 0 no change, 1 changes.</summary>
    public int ExitCode => Result.HasChanges ? 1 : 0;
}
