using System.Collections.Generic;
using System.Linq;
using PolicyKit.Validation;

namespace PolicyKit.Diagnostics;

/// <summary>
/// Every PolicyKit diagnostic, once: its title, category and default severity. The analyzers build their
/// descriptors from it, <c>policykit lint</c> takes titles and levels from it, findings take their severity
/// from it, and a test holds docs/rules to it.
/// </summary>
public static class DiagnosticCatalog
{
    public static IReadOnlyList<DiagnosticInfo> All { get; } = new[]
    {
        D(DiagnosticIds.NotConstant, "Value is not a compile-time constant", DiagnosticCategories.Dsl, Severity.Error),
        D(DiagnosticIds.UnsupportedStatement, "Statement is not a policy statement", DiagnosticCategories.Dsl, Severity.Error),
        D(DiagnosticIds.BadPolicyClass, "Malformed [AuditPolicy] class or [RuleSet] method", DiagnosticCategories.Dsl, Severity.Error),
        D(DiagnosticIds.EmptyPolicy, "Policy has no rules", DiagnosticCategories.Dsl, Severity.Error),
        D(DiagnosticIds.ResourceAndNonResource, "Rule applies to both resources and non-resource URLs", DiagnosticCategories.Dsl, Severity.Error),
        D(DiagnosticIds.VersionGated, "Construct depends on the Kubernetes version", DiagnosticCategories.Dsl, Severity.Error),
        D(DiagnosticIds.InvalidMinVersion, "Unknown MinKubernetesVersion", DiagnosticCategories.Dsl, Severity.Error),
        D(DiagnosticIds.ApiserverRefuses, "The apiserver refuses this rule", DiagnosticCategories.Dsl, Severity.Error),
        D(DiagnosticIds.UnknownEnumValue, "Value is no member of its enum", DiagnosticCategories.Dsl, Severity.Error),

        D(DiagnosticIds.UnreachableRule, "Rule is unreachable", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.RedundantRule, "Rule is redundant", DiagnosticCategories.Analysis, Severity.Info),
        D(DiagnosticIds.ShadowedEntry, "Earlier rules with another level take what this rule names", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.SensitiveBodies, "Credentials are logged with their bodies", DiagnosticCategories.Analysis, Severity.Error),
        D(DiagnosticIds.OverBroadBodies, "Bodies are logged too broadly", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.SecretsUnrecorded, "Secrets access can go unrecorded", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.CisCoverageGap, "CIS 3.2.2 concern can go unrecorded", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.RequestReceivedKept, "RequestReceived stage is not omitted", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.NoCatchAll, "Some requests match no rule", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.VersionDependent, "Meaning depends on the Kubernetes version", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.LiteralStar, "'*' is no wildcard here", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.NamesWithNamelessVerbs, "resourceNames with verbs that carry no name", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.MalformedResource, "Resource matches nothing or is misspelt", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.NeverMatchesOrLogs, "Rule can never match or never log what it says", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.SessionCreateOnly, "exec/attach/portforward rule limited to create", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.ResponseStartedOmitted, "ResponseStarted is omitted where failed logins are recorded", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.EmptyNeverMatches, "Empty string never matches", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.UnknownVerb, "No request has this verb", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.IdentityInWrongList, "User and group names swapped", DiagnosticCategories.Analysis, Severity.Warning),
        D(DiagnosticIds.NotProvenWithinBudget, "Not proven within the analysis budget", DiagnosticCategories.Analysis, Severity.Info),
        D(DiagnosticIds.DroppedField, "The apiserver drops this field", DiagnosticCategories.Analysis, Severity.Error),
        D(DiagnosticIds.RemovedApiVersion, "apiVersion no longer loaded", DiagnosticCategories.Analysis, Severity.Error),
        D(DiagnosticIds.MalformedSuppression, "Malformed policykit:ignore comment", DiagnosticCategories.Analysis, Severity.Error),

        D(DiagnosticIds.UnsupportedDetectionExpression, "Expression is outside the detection rule language", DiagnosticCategories.Detections, Severity.Error),
        D(DiagnosticIds.BadDetectionMethod, "Malformed [Detection] method or [DetectionRules] class", DiagnosticCategories.Detections, Severity.Error),
        D(DiagnosticIds.DuplicateDetectionId, "Duplicate detection id", DiagnosticCategories.Detections, Severity.Error),
        D(DiagnosticIds.BadDetectionWindow, "Incomplete or out-of-range detection window", DiagnosticCategories.Detections, Severity.Error),
        D(DiagnosticIds.BadDetectionException, "Malformed detection exception", DiagnosticCategories.Detections, Severity.Error),
        D(DiagnosticIds.DetectionNotLogged, "The policy does not log what the detection reads", DiagnosticCategories.Detections, Severity.Warning),

        D(DiagnosticIds.UnreadableAssembly, "The built assembly cannot be read", DiagnosticCategories.Build, Severity.Error),
        D(DiagnosticIds.ArtifactPolicyInvalid, "A compiled policy does not re-validate", DiagnosticCategories.Build, Severity.Error),
        D(DiagnosticIds.PolicyDrift, "The committed policy differs from the code", DiagnosticCategories.Build, Severity.Error),
        D(DiagnosticIds.BadArtifactSetting, "An artifact setting is malformed or too weak", DiagnosticCategories.Build, Severity.Error),
        D(DiagnosticIds.ArtifactWriteFailed, "An artifact could not be written", DiagnosticCategories.Build, Severity.Error),
        D(DiagnosticIds.PolicyNameClash, "A policy name cannot name its artifacts folder", DiagnosticCategories.Build, Severity.Error),
        D(DiagnosticIds.BaselineUnreadable, "The baseline of the policy diff cannot be read", DiagnosticCategories.Build, Severity.Error),
    };

    /// <summary>What SARIF and the text output call the apiserver's own refusals (id <see cref="PolicyFinding.Upstream"/>), which have no page.</summary>
    public static DiagnosticInfo Upstream { get; } = new(PolicyFinding.Upstream, "The apiserver refuses this policy", "Kubernetes", Severity.Error);

    /// <summary>What the readers report for a file that is no readable YAML or JSON policy (id <c>yaml</c>), which has no page.</summary>
    public static DiagnosticInfo Yaml { get; } = new("yaml", "The file is no readable policy", "YAML", Severity.Error);

    private static readonly Dictionary<string, DiagnosticInfo> ById = All.Concat(new[] { Upstream, Yaml }).ToDictionary(d => d.Id);

    /// <summary>The entry of an id, or null for an id that is not ours.</summary>
    public static DiagnosticInfo? Find(string id) => ById.TryGetValue(id, out var info) ? info : null;

    /// <summary>The entry of an id every caller names by its <see cref="DiagnosticIds"/> constant.</summary>
    public static DiagnosticInfo Get(string id)
        => Find(id) ?? throw new KeyNotFoundException("no diagnostic " + id + " in the catalog");

    public static Severity SeverityOf(string id) => Get(id).DefaultSeverity;

    private static DiagnosticInfo D(string id, string title, string category, Severity severity) => new(id, title, category, severity);
}
