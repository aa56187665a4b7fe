using System.Collections.Generic;
using System.Linq;
using PolicyKit.Validation;

namespace PolicyKit.Analysis;

/// <summary>What every check shares: the policy as sets, its version, and how findings name rules and requests.</summary>
internal sealed class AnalysisContext
{
    public AnalysisContext(Policy policy, KubernetesVersion version, AnalysisOptions? options = null)
    {
        Policy = policy;
        Version = version;
        Space = new PolicySpace(policy, version, options);
        Evaluator = new PolicyEvaluator(policy, version);
    }

    public Policy Policy { get; }

    public KubernetesVersion Version { get; }

    public PolicySpace Space { get; }

    /// <summary>Per rule, its witness (a request it decides), or null when unreachable.</summary>
    public AuditRequest?[] Witnessed { get; set; } = System.Array.Empty<AuditRequest?>();

    public PolicyEvaluator Evaluator { get; }

    public IReadOnlyList<PolicyRule> Rules => Policy.Rules.AsArray();

    /// <summary><c>rule 3 "secrets"</c>, or <c>rule 3</c> when the rule has no name; the implicit default for −1.</summary>
    public string Label(int rule)
        => rule < 0 ? "no rule (the implicit None)" : Rules[rule].Name is { Length: > 0 } name ? $"rule {rule} \"{name}\"" : $"rule {rule}";

    public Level LevelOf(int rule) => rule < 0 ? Level.None : Rules[rule].Level;

    /// <summary>The decision a rule gives (−1: none matched), as the evaluator would report it.</summary>
    public AuditDecision DecisionOf(int rule)
        => rule < 0
            ? new AuditDecision(Level.None, Policy.OmitStages, Policy.OmitManagedFields, -1)
            : new AuditDecision(Rules[rule].Level, Policy.OmitStages | Rules[rule].OmitStages, Rules[rule].OmitManagedFields ?? Policy.OmitManagedFields, rule);

    /// <summary>Whether two rules record the same thing: the same level and, unless nothing is recorded, the same stages and managed fields.</summary>
    public bool SameOutcome(int a, int b)
    {
        var x = DecisionOf(a);
        var y = DecisionOf(b);
        return x.Level == y.Level && (x.Level == Level.None || (x.OmitStages == y.OmitStages && x.OmitManagedFields == y.OmitManagedFields));
    }

    /// <summary>
    /// A concrete request from a piece that <paramref name="decidingRule"/> decides, replayed through the reference
    /// evaluator. A witness that is decided otherwise is a defect of the analysis: it stops with an error
    /// rather than report a claim it cannot back.
    /// </summary>
    public AuditRequest Witness(RequestCube piece, int decidingRule)
    {
        var request = WitnessBuilder.Build(piece);
        var decided = Evaluator.Evaluate(request).RuleIndex;
        if (decided != decidingRule)
        {
            throw new AnalysisDefectException($"witness {request} is decided by rule {decided}, not rule {decidingRule}, as the analysis claims for {piece}");
        }
        return request;
    }

    /// <summary>
    /// The rule after <paramref name="rule"/> (−1: none) that decides <paramref name="witness"/>, a request
    /// <paramref name="rule"/> decides, once <paramref name="rule"/> is gone: no rule before it matches the witness.
    /// </summary>
    public int NextMatch(in AuditRequest witness, int rule) => Evaluator.FirstMatchFrom(witness, rule + 1);

    /// <summary>
    /// A request of <paramref name="region"/>, built as witnesses are, that <paramref name="decider"/> (−1: no rule)
    /// decides, or null. The evaluator checks it, so a request found is a proof; null proves nothing, and the search
    /// (<see cref="PolicySpace.Escaping"/>) then answers. In a large policy the request built from a rule's region
    /// usually escapes the earlier rules at once, where the search would first cut the region around every earlier
    /// rule it overlaps (issue 17: thousands of team rules whose groups a user could also have).
    /// </summary>
    public AuditRequest? Probe(IEnumerable<RequestCube> region, int decider)
    {
        foreach (var cube in region)
        {
            var request = WitnessBuilder.Build(cube);
            if (Evaluator.FirstMatchFrom(request, 0) == decider)
            {
                return request;
            }
        }
        return null;
    }

    /// <summary>Of the first few pieces, one with an authenticated user ("(no user)" witnesses read like a corner case).</summary>
    public static RequestCube? Preferred(IEnumerable<RequestCube> pieces)
    {
        RequestCube? first = null;
        foreach (var piece in pieces.Take(16))
        {
            if (!piece.User.Names.IsEmpty && piece.User.Groups.IsSatisfiable)
            {
                return piece;
            }
            first ??= piece;
        }
        return first;
    }

    /// <summary>A witness that rule <paramref name="rule"/> (−1: no rule) decides some request of <paramref name="region"/>, or null.</summary>
    public AuditRequest? DecidedWitness(int rule, IEnumerable<RequestCube> region)
    {
        var candidates = rule < 0 ? region.ToList() : PolicySpace.Intersect(region, Space.Regions[rule]);
        return Probe(candidates, rule)
            ?? (Preferred(Space.Escaping(candidates, rule < 0 ? int.MaxValue : rule)) is { } piece ? Witness(piece, rule) : null);
    }

    /// <summary>A finding with its id's default severity (<see cref="Diagnostics.DiagnosticCatalog"/>: one place decides it).</summary>
    public static PolicyFinding Finding(string id, FindingTarget target, string message, AuditRequest? witness = null,
        IEnumerable<int>? related = null, string? replacement = null)
        => new(id, Diagnostics.DiagnosticCatalog.SeverityOf(id), target.Path, message, target)
        {
            Witness = witness,
            Related = related is null ? default : new EquatableArray<int>(related.ToArray()),
            Replacement = replacement,
        };

}
