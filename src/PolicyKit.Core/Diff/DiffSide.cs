namespace PolicyKit.Diff;

/// <summary>One side of a diff as a report names it: a file, "&lt;stdin&gt;", or a policy of a built assembly.</summary>
public sealed record DiffSide(string Name, Policy Policy)
{
    /// <summary><c>rule 3 "secrets"</c>, <c>rule 3</c> without a name, or the implicit None when no rule matches (−1).</summary>
    public string RuleLabel(int rule)
        => rule < 0 ? "no rule (implicit None)" : Policy.Rules[rule].Name is { Length: > 0 } name ? $"rule {rule} \"{name}\"" : $"rule {rule}";
}
