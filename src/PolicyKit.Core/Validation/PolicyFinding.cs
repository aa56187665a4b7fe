namespace PolicyKit.Validation;

/// <summary>
/// One problem found in a policy. <see cref="Path"/> is the field path as upstream prints it
/// (e.g. <c>rules[3].resources.group</c>); <see cref="Target"/> is the exact node, typed, so readers can point
/// at a line and column and analyzers at a syntax node.
/// </summary>
public sealed record PolicyFinding(string Id, Severity Severity, string Path, string Message, FindingTarget Target)
{
    /// <summary>Findings of the apiserver's own validation carry this id: the apiserver refuses the policy.</summary>
    public const string Upstream = "apiserver";

    /// <summary>The finding as the apiserver prints a field error: <c>path: message</c>.</summary>
    public override string ToString() => Path.Length == 0 ? Message : Path + ": " + Message;

    /// <summary>A request that shows the finding: the reference evaluator decides it as the message says.</summary>
    public AuditRequest? Witness { get; init; }

    /// <summary>What the flagged entry was probably meant to be (a catalog member such as <c>Core.Secrets</c>, a verb), for fixes.</summary>
    public string? Replacement { get; init; }

    /// <summary>Other rules the finding names (e.g. the earlier rules that shadow this one), 0-based.</summary>
    public EquatableArray<int> Related { get; init; }

    /// <summary>The 0-based rule index the finding is about, or null for a policy-wide finding.</summary>
    public int? RuleIndex => Target.Rule;

    /// <summary>The node as a path with every index (<c>rules[3].resources[1].group</c>).</summary>
    public string Locator => Target.Locator;
}
