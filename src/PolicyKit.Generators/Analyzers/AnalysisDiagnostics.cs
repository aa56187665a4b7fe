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
/// fixes need: the rule index, related rule indexes (their statements are additional locations) and the witness.
/// </summary>
internal static class AnalysisDiagnostics
{
    public const string Category = "PolicyKit.Analysis";
    public const string RuleProperty = "rule";
    public const string RelatedProperty = "related";
    public const string WitnessProperty = "witness";
    public const string LocatorProperty = "locator";
    public const string ReplacementProperty = "replacement";
    public const string GroupProperty = "group";
    public const string PatternProperty = "pattern";

    // Written out (not built from AnalysisRules) so that release tracking sees them; a test holds the two equal.
    public static readonly DiagnosticDescriptor UnreachableRule = new(DiagnosticIds.UnreachableRule, "Rule is unreachable", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnreachableRule));
    public static readonly DiagnosticDescriptor RedundantRule = new(DiagnosticIds.RedundantRule, "Rule is redundant", "{0}", Category, DiagnosticSeverity.Info, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RedundantRule));
    public static readonly DiagnosticDescriptor ShadowedEntry = new(DiagnosticIds.ShadowedEntry, "Earlier rules with another level take what this rule names", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ShadowedEntry));
    public static readonly DiagnosticDescriptor SensitiveBodies = new(DiagnosticIds.SensitiveBodies, "Credentials are logged with their bodies", "{0}", Category, DiagnosticSeverity.Error, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.SensitiveBodies));
    public static readonly DiagnosticDescriptor OverBroadBodies = new(DiagnosticIds.OverBroadBodies, "Bodies are logged too broadly", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.OverBroadBodies));
    public static readonly DiagnosticDescriptor SecretsUnrecorded = new(DiagnosticIds.SecretsUnrecorded, "Secrets access can go unrecorded", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.SecretsUnrecorded));
    public static readonly DiagnosticDescriptor CisCoverageGap = new(DiagnosticIds.CisCoverageGap, "CIS 3.2.2 concern can go unrecorded", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.CisCoverageGap));
    public static readonly DiagnosticDescriptor RequestReceivedKept = new(DiagnosticIds.RequestReceivedKept, "RequestReceived stage is not omitted", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RequestReceivedKept));
    public static readonly DiagnosticDescriptor NoCatchAll = new(DiagnosticIds.NoCatchAll, "Some requests match no rule", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.NoCatchAll));
    public static readonly DiagnosticDescriptor VersionDependent = new(DiagnosticIds.VersionDependent, "Meaning depends on the Kubernetes version", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.VersionDependent));
    public static readonly DiagnosticDescriptor LiteralStar = new(DiagnosticIds.LiteralStar, "'*' is no wildcard here", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.LiteralStar));
    public static readonly DiagnosticDescriptor NamesWithNamelessVerbs = new(DiagnosticIds.NamesWithNamelessVerbs, "resourceNames with verbs that carry no name", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.NamesWithNamelessVerbs));
    public static readonly DiagnosticDescriptor MalformedResource = new(DiagnosticIds.MalformedResource, "Resource matches nothing or is misspelt", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.MalformedResource));
    public static readonly DiagnosticDescriptor NeverMatchesOrLogs = new(DiagnosticIds.NeverMatchesOrLogs, "Rule can never match or never log what it says", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.NeverMatchesOrLogs));
    public static readonly DiagnosticDescriptor SessionCreateOnly = new(DiagnosticIds.SessionCreateOnly, "exec/attach/portforward rule limited to create", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.SessionCreateOnly));
    public static readonly DiagnosticDescriptor ResponseStartedOmitted = new(DiagnosticIds.ResponseStartedOmitted, "ResponseStarted is omitted where failed logins are recorded", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ResponseStartedOmitted));
    public static readonly DiagnosticDescriptor EmptyNeverMatches = new(DiagnosticIds.EmptyNeverMatches, "Empty string never matches", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.EmptyNeverMatches));
    public static readonly DiagnosticDescriptor UnknownVerb = new(DiagnosticIds.UnknownVerb, "No request has this verb", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnknownVerb));
    public static readonly DiagnosticDescriptor IdentityInWrongList = new(DiagnosticIds.IdentityInWrongList, "User and group names swapped", "{0}", Category, DiagnosticSeverity.Warning, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.IdentityInWrongList));
    public static readonly DiagnosticDescriptor NotProvenWithinBudget = new(DiagnosticIds.NotProvenWithinBudget, "Not proven within the analysis budget", "{0}", Category, DiagnosticSeverity.Info, true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.NotProvenWithinBudget));

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
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(LocatorProperty, finding.Locator)
            .Add(RuleProperty, finding.RuleIndex?.ToString(CultureInfo.InvariantCulture))
            .Add(RelatedProperty, string.Join(",", finding.Related.Select(r => r.ToString(CultureInfo.InvariantCulture))))
            .Add(WitnessProperty, finding.Witness?.ToString())
            .Add(ReplacementProperty, finding.Replacement);
        // The entry a resource finding is about (rules[i].resources[g].resources[r]): the DSL writes entries in another order.
        var m = System.Text.RegularExpressions.Regex.Match(finding.Locator, @"^rules\[(\d+)\]\.resources\[(\d+)\](?:\.resources\[(\d+)\])?");
        if (m.Success && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var i && i < policy.Rules.Count
            && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is var g && g < policy.Rules[i].Resources.Count)
        {
            var entry = policy.Rules[i].Resources[g];
            properties = properties.Add(GroupProperty, entry.Group);
            if (m.Groups[3].Success && int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) is var r && r < entry.Resources.Count)
            {
                properties = properties.Add(PatternProperty, entry.Resources[r]);
            }
        }
        return Diagnostic.Create(ById[finding.Id], location, related, properties, finding.Message);
    }
}
