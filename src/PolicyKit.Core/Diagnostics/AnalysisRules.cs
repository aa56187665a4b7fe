using System.Collections.Generic;
using System.Linq;
using PolicyKit.Validation;

namespace PolicyKit.Diagnostics;

/// <summary>One policy-analysis diagnostic: its id, a short title and its default severity.</summary>
public sealed record AnalysisRule(string Id, string Title, Severity DefaultSeverity)
{
    public string HelpLink => DiagnosticIds.HelpLink(Id);
}

/// <summary>
/// The PK1nnn diagnostics that policy analysis and our stricter validation report: one list that the Roslyn
/// analyzers, <c>policykit lint</c> and its SARIF output all describe their rules from.
/// </summary>
public static class AnalysisRules
{
    public static IReadOnlyList<AnalysisRule> All { get; } = new[]
    {
        new AnalysisRule(DiagnosticIds.UnreachableRule, "Rule is unreachable", Severity.Warning),
        new AnalysisRule(DiagnosticIds.RedundantRule, "Rule is redundant", Severity.Info),
        new AnalysisRule(DiagnosticIds.ShadowedEntry, "Earlier rules with another level take what this rule names", Severity.Warning),
        new AnalysisRule(DiagnosticIds.SensitiveBodies, "Credentials are logged with their bodies", Severity.Error),
        new AnalysisRule(DiagnosticIds.OverBroadBodies, "Bodies are logged too broadly", Severity.Warning),
        new AnalysisRule(DiagnosticIds.SecretsUnrecorded, "Secrets access can go unrecorded", Severity.Warning),
        new AnalysisRule(DiagnosticIds.CisCoverageGap, "CIS 3.2.2 concern can go unrecorded", Severity.Warning),
        new AnalysisRule(DiagnosticIds.RequestReceivedKept, "RequestReceived stage is not omitted", Severity.Warning),
        new AnalysisRule(DiagnosticIds.NoCatchAll, "Some requests match no rule", Severity.Warning),
        new AnalysisRule(DiagnosticIds.VersionDependent, "Meaning depends on the Kubernetes version", Severity.Warning),
        new AnalysisRule(DiagnosticIds.LiteralStar, "'*' is no wildcard here", Severity.Warning),
        new AnalysisRule(DiagnosticIds.NamesWithNamelessVerbs, "resourceNames with verbs that carry no name", Severity.Warning),
        new AnalysisRule(DiagnosticIds.MalformedResource, "Resource matches nothing or is misspelt", Severity.Warning),
        new AnalysisRule(DiagnosticIds.NeverMatchesOrLogs, "Rule can never match or never log what it says", Severity.Warning),
        new AnalysisRule(DiagnosticIds.SessionCreateOnly, "exec/attach/portforward rule limited to create", Severity.Warning),
        new AnalysisRule(DiagnosticIds.ResponseStartedOmitted, "ResponseStarted is omitted where failed logins are recorded", Severity.Warning),
        new AnalysisRule(DiagnosticIds.EmptyNeverMatches, "Empty string never matches", Severity.Warning),
        new AnalysisRule(DiagnosticIds.UnknownVerb, "No request has this verb", Severity.Warning),
        new AnalysisRule(DiagnosticIds.IdentityInWrongList, "User and group names swapped", Severity.Warning),
        new AnalysisRule(DiagnosticIds.DroppedField, "The apiserver drops this field", Severity.Error),
        new AnalysisRule(DiagnosticIds.RemovedApiVersion, "apiVersion no longer loaded", Severity.Error),
        new AnalysisRule(DiagnosticIds.NotProvenWithinBudget, "Not proven within the analysis budget", Severity.Info),
    };

    private static readonly Dictionary<string, AnalysisRule> ById = All.ToDictionary(r => r.Id);

    public static AnalysisRule? Find(string id) => ById.TryGetValue(id, out var rule) ? rule : null;
}
