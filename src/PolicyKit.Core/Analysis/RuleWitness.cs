namespace PolicyKit.Analysis;

/// <summary>
/// For one rule: a request it decides (<see cref="Reachable"/>; the reference evaluator decides <see cref="Witness"/>
/// by this rule), or the earlier rules whose regions together cover everything it matches (<see cref="CoveredBy"/>).
/// </summary>
public sealed record RuleWitness(int Rule, bool Reachable, AuditRequest? Witness, EquatableArray<int> CoveredBy)
{
    /// <summary>Neither a witness nor a cover was found within the analysis budget (PK1052); <see cref="Reachable"/> is then false but unproven.</summary>
    public bool Unproven { get; init; }
}
