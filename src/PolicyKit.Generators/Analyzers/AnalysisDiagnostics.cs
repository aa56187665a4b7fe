using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using PolicyKit.Analysis;
using PolicyKit.Diagnostics;
using PolicyKit.Generators.Model;
using PolicyKit.Validation;

namespace PolicyKit.Generators.Analyzers;

/// <summary>
/// The policy-analysis diagnostics (PK1nnn) on a C# policy: the same Core.Analysis that <c>policykit lint</c>
/// runs on YAML, reported at the statement of the rule each finding is about. Properties carry what the code
/// fixes need: the finding's target (<see cref="FindingTargetProperties"/>), related rule indexes (their statements
/// are additional locations) and the witness.
/// </summary>
internal static class AnalysisDiagnostics
{
    public const string RelatedProperty = "related";
    public const string WitnessProperty = "witness";
    public const string ReplacementProperty = "replacement";
    public const string GroupProperty = "group";
    public const string PatternProperty = "pattern";

    public static readonly DiagnosticDescriptor UnreachableRule = CatalogDescriptors.For(DiagnosticIds.UnreachableRule);
    public static readonly DiagnosticDescriptor RedundantRule = CatalogDescriptors.For(DiagnosticIds.RedundantRule);
    public static readonly DiagnosticDescriptor ShadowedEntry = CatalogDescriptors.For(DiagnosticIds.ShadowedEntry);
    public static readonly DiagnosticDescriptor SensitiveBodies = CatalogDescriptors.For(DiagnosticIds.SensitiveBodies);
    public static readonly DiagnosticDescriptor OverBroadBodies = CatalogDescriptors.For(DiagnosticIds.OverBroadBodies);
    public static readonly DiagnosticDescriptor SecretsUnrecorded = CatalogDescriptors.For(DiagnosticIds.SecretsUnrecorded);
    public static readonly DiagnosticDescriptor CisCoverageGap = CatalogDescriptors.For(DiagnosticIds.CisCoverageGap);
    public static readonly DiagnosticDescriptor RequestReceivedKept = CatalogDescriptors.For(DiagnosticIds.RequestReceivedKept);
    public static readonly DiagnosticDescriptor NoCatchAll = CatalogDescriptors.For(DiagnosticIds.NoCatchAll);
    public static readonly DiagnosticDescriptor VersionDependent = CatalogDescriptors.For(DiagnosticIds.VersionDependent);
    public static readonly DiagnosticDescriptor LiteralStar = CatalogDescriptors.For(DiagnosticIds.LiteralStar);
    public static readonly DiagnosticDescriptor NamesWithNamelessVerbs = CatalogDescriptors.For(DiagnosticIds.NamesWithNamelessVerbs);
    public static readonly DiagnosticDescriptor MalformedResource = CatalogDescriptors.For(DiagnosticIds.MalformedResource);
    public static readonly DiagnosticDescriptor NeverMatchesOrLogs = CatalogDescriptors.For(DiagnosticIds.NeverMatchesOrLogs);
    public static readonly DiagnosticDescriptor SessionCreateOnly = CatalogDescriptors.For(DiagnosticIds.SessionCreateOnly);
    public static readonly DiagnosticDescriptor ResponseStartedOmitted = CatalogDescriptors.For(DiagnosticIds.ResponseStartedOmitted);
    public static readonly DiagnosticDescriptor EmptyNeverMatches = CatalogDescriptors.For(DiagnosticIds.EmptyNeverMatches);
    public static readonly DiagnosticDescriptor UnknownVerb = CatalogDescriptors.For(DiagnosticIds.UnknownVerb);
    public static readonly DiagnosticDescriptor IdentityInWrongList = CatalogDescriptors.For(DiagnosticIds.IdentityInWrongList);
    public static readonly DiagnosticDescriptor NotProvenWithinBudget = CatalogDescriptors.For(DiagnosticIds.NotProvenWithinBudget);

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        UnreachableRule, RedundantRule, ShadowedEntry, SensitiveBodies, OverBroadBodies, SecretsUnrecorded, CisCoverageGap, RequestReceivedKept, NoCatchAll, VersionDependent, LiteralStar, NamesWithNamelessVerbs, MalformedResource, NeverMatchesOrLogs, SessionCreateOnly, ResponseStartedOmitted, EmptyNeverMatches, UnknownVerb, IdentityInWrongList, NotProvenWithinBudget);

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = All.ToImmutableDictionary(d => d.Id);

    /// <summary>Validation warnings (PK10nn) and analysis findings of a policy that resolved without errors.</summary>
    public static IEnumerable<(PolicyFinding Finding, ParseDiagnostic? Site, IReadOnlyList<ParseDiagnostic> Related)> Analyze(ResolvedPolicy resolved)
    {
        var policy = resolved.Policy!;
        IEnumerable<PolicyFinding> findings;
        try
        {
            findings = PolicyValidator.Validate(policy, KubernetesVersion.Latest)
                .Where(f => f.Id.StartsWith("PK", System.StringComparison.Ordinal) && ById.ContainsKey(f.Id))
                .Concat(PolicyAnalysis.Analyze(policy, KubernetesVersion.Latest))
                .ToList();
        }
        catch (AnalysisDefectException)
        {
            // A defect of the analysis itself: report nothing rather than claims it could not back.
            yield break;
        }
        foreach (var f in findings)
        {
            var site = f.RuleIndex is { } i && i < resolved.RuleSites.Count ? resolved.RuleSites[i] : null;
            var related = f.Related.Where(r => r < resolved.RuleSites.Count).Select(r => resolved.RuleSites[r]).ToList();
            yield return (f, site, related);
        }
    }

    public static Diagnostic Create(Policy policy, PolicyFinding finding, Location location, IEnumerable<Location> related)
    {
        var target = finding.Target;
        var properties = FindingTargetProperties.Add(ImmutableDictionary<string, string?>.Empty, target)
            .Add(RelatedProperty, string.Join(",", finding.Related.Select(r => r.ToString(CultureInfo.InvariantCulture))))
            .Add(WitnessProperty, finding.Witness?.ToString())
            .Add(ReplacementProperty, finding.Replacement);
        // The entry a resource finding is about, by value: the DSL writes entries in another order than the folded model.
        if (target is { Rule: { } i, Field: "resources", Entry: { } g } && i < policy.Rules.Count && g < policy.Rules[i].Resources.Count)
        {
            var entry = policy.Rules[i].Resources[g];
            properties = properties.Add(GroupProperty, entry.Group);
            if (target is { EntryField: "resources", Item: { } r } && r < entry.Resources.Count)
            {
                properties = properties.Add(PatternProperty, entry.Resources[r]);
            }
        }
        return Diagnostic.Create(ById[finding.Id], location, related, properties, finding.Message);
    }
}
