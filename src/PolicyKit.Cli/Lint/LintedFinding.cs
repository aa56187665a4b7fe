using PolicyKit.Yaml;

namespace PolicyKit.Cli.Lint;

/// <summary>
/// A finding of <c>policykit lint</c> as every output writes it: the file it is in, the finding, its
/// fingerprint (<see cref="FindingFingerprint"/>) and, when hidden, why.
/// </summary>
internal sealed record LintedFinding(string File, SourceFinding Finding, string Fingerprint)
{
    public Suppression? Suppression { get; init; }
}

/// <summary>Where a suppression comes from: SARIF's <c>inSource</c> (a comment in the policy) or <c>external</c> (a baseline file).</summary>
internal enum SuppressionKind
{
    InSource,
    External,
}

/// <summary>Why a finding is hidden: a <c># policykit:ignore</c> comment with its reason, or a baseline entry.</summary>
internal sealed record Suppression(SuppressionKind Kind, string Justification);
