namespace PolicyKit.Detections.Runtime;

/// <summary>
/// The audit policy rule that decided an alert's event: its 0-based index (null when no rule matched and the
/// event would not be logged), its name if it has one, and the level it logs at.
/// </summary>
public sealed record LoggingRule(int? Index, string? Name, Level Level)
{
    /// <summary>The rule of <paramref name="policy"/> (for its name; may be null) that made <paramref name="decision"/>.</summary>
    public static LoggingRule Of(AuditDecision decision, Policy? policy)
        => new(decision.Rule, decision.Rule is { } i && policy is not null && i < policy.Rules.Count ? policy.Rules[i].Name : null, decision.Level);
}
