namespace PolicyKit.Diagnostics;

/// <summary>
/// Every PolicyKit diagnostic id. PK0nnn: DSL and generator input; PK1nnn: policy analysis and
/// our stricter validation; PK2nnn: detection rules; PK3nnn: build and artifacts.
/// Each id has a page at docs/rules/&lt;id&gt;.md.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>A DSL value that is not a compile-time constant the generator can read.</summary>
    public const string NotConstant = "PK0001";

    /// <summary>A statement in Define (or a RuleSet) that is not a PolicyBuilder call.</summary>
    public const string UnsupportedStatement = "PK0002";

    /// <summary>An [AuditPolicy] class that is not static partial or has no Define(PolicyBuilder) method.</summary>
    public const string BadPolicyClass = "PK0003";

    /// <summary>A policy without rules: the apiserver refuses it.</summary>
    public const string EmptyPolicy = "PK0004";

    /// <summary>A rule with both resources/namespaces and non-resource URLs.</summary>
    public const string ResourceAndNonResource = "PK0005";

    /// <summary>A construct whose meaning changes at a version above MinKubernetesVersion (group "*").</summary>
    public const string VersionGated = "PK0006";

    /// <summary>MinKubernetesVersion that is not a version PolicyKit knows.</summary>
    public const string InvalidMinVersion = "PK0007";

    /// <summary>A rule the apiserver's validation refuses (e.g. a non-resource URL without '/').</summary>
    public const string ApiserverRefuses = "PK0008";

    /// <summary>A Level, Stage or Verb value that is no member of its enum.</summary>
    public const string UnknownEnumValue = "PK0009";

    /// <summary>A rule that no request reaches: earlier rules decide everything it matches.</summary>
    public const string UnreachableRule = "PK1001";

    /// <summary>A rule whose removal changes no decision.</summary>
    public const string RedundantRule = "PK1002";

    /// <summary>An entry of a rule (a verb, resource, user...) whose requests earlier rules with another level take entirely.</summary>
    public const string ShadowedEntry = "PK1003";

    /// <summary>Credentials logged with their bodies (secrets, configmaps, tokenreviews, serviceaccounts/token).</summary>
    public const string SensitiveBodies = "PK1010";

    /// <summary>Body logging over a whole group, every group, or list/watch of high-volume resources.</summary>
    public const string OverBroadBodies = "PK1011";

    /// <summary>Some request on secrets is decided at None.</summary>
    public const string SecretsUnrecorded = "PK1020";

    /// <summary>A CIS 3.2.2 concern (exec, attach, port-forward, proxy, pod and deployment changes) decided at None.</summary>
    public const string CisCoverageGap = "PK1021";

    /// <summary>The RequestReceived stage is recorded.</summary>
    public const string RequestReceivedKept = "PK1030";

    /// <summary>Some requests match no rule and fall through to the implicit None.</summary>
    public const string NoCatchAll = "PK1031";

    /// <summary>A construct whose meaning depends on the Kubernetes version, below the version it needs (group "*").</summary>
    public const string VersionDependent = "PK1040";

    /// <summary>A literal "*" where it is no wildcard (verbs, users, userGroups, namespaces, resourceNames).</summary>
    public const string LiteralStar = "PK1041";

    /// <summary>resourceNames with verbs whose requests carry no name (list, watch, create, deletecollection).</summary>
    public const string NamesWithNamelessVerbs = "PK1042";

    /// <summary>A resource pattern that can match no request (<c>**</c>, <c>pods/*/x</c>, <c>*/*</c>, "").</summary>
    public const string MalformedResource = "PK1043";

    /// <summary>A rule that can never match (namespaces on cluster-scoped resources) or never log what it says (bodies of non-resource URLs).</summary>
    public const string NeverMatchesOrLogs = "PK1044";

    /// <summary>An exec/attach/portforward rule limited to create: WebSocket sessions arrive as get.</summary>
    public const string SessionCreateOnly = "PK1045";

    /// <summary>omitStages hides ResponseStarted, the only stage where failed authentications are recorded.</summary>
    public const string ResponseStartedOmitted = "PK1046";

    /// <summary>An empty string in users, userGroups or verbs: it never matches any request.</summary>
    public const string EmptyNeverMatches = "PK1047";

    /// <summary>A verb no request has (wrong case, a typo, an HTTP method on a resource rule or the reverse).</summary>
    public const string UnknownVerb = "PK1048";

    /// <summary>A group name in users or a user name in userGroups: it matches nobody there.</summary>
    public const string IdentityInWrongList = "PK1049";

    /// <summary>A YAML field the apiserver drops: an unknown or duplicate key.</summary>
    public const string DroppedField = "PK1050";

    /// <summary>An apiVersion the apiserver no longer loads (audit.k8s.io/v1beta1, v1alpha1).</summary>
    public const string RemovedApiVersion = "PK1051";

    /// <summary>A question of the analysis that was not answered within its budget (AnalysisOptions): said, not guessed.</summary>
    public const string NotProvenWithinBudget = "PK1052";

    /// <summary>A <c># policykit:ignore</c> comment without a reason, without ids, or naming an id that does not exist.</summary>
    public const string MalformedSuppression = "PK1053";

    /// <summary>An expression in a [Detection] method outside the analyzable subset.</summary>
    public const string UnsupportedDetectionExpression = "PK2001";

    /// <summary>A [Detection] method or [DetectionRules] class of the wrong shape.</summary>
    public const string BadDetectionMethod = "PK2002";

    /// <summary>Two detections of one class with the same id.</summary>
    public const string DuplicateDetectionId = "PK2003";

    /// <summary>A windowed detection's Threshold, WindowSeconds and CountBy are incomplete or out of range.</summary>
    public const string BadDetectionWindow = "PK2004";

    /// <summary>A [DetectionException] names no condition, an unknown rule, a duplicate name or a bad value.</summary>
    public const string BadDetectionException = "PK2005";

    /// <summary>A detection reads a body that the policy does not log for a request it targets.</summary>
    public const string DetectionNotLogged = "PK2010";
    /// <summary>The MSBuild task cannot read the built assembly's metadata (not a .NET assembly, locked, truncated).</summary>
    public const string UnreadableAssembly = "PK3001";

    /// <summary>A compiled policy record whose YAML does not re-validate: refused, no artifact is written.</summary>
    public const string ArtifactPolicyInvalid = "PK3002";

    /// <summary>Verify mode: the committed copy of a policy differs from what the code produces (GitOps drift).</summary>
    public const string PolicyDrift = "PK3003";

    /// <summary>An MSBuild property for the artifacts that is malformed or below the CIS minimum.</summary>
    public const string BadArtifactSetting = "PK3004";

    /// <summary>An artifact could not be written (I/O error); files already in place are left whole.</summary>
    public const string ArtifactWriteFailed = "PK3005";

    /// <summary>Two policies of one assembly share a name, or a name cannot be a folder name.</summary>
    public const string PolicyNameClash = "PK3006";

    /// <summary>PolicyKitBaseline names no file for a policy, or one that is not a released audit-policy.yaml the apiserver accepts.</summary>
    public const string BaselineUnreadable = "PK3007";

    /// <summary>The base address of the rule pages.</summary>
    public const string HelpLinkBase = "https://github.com/policykit/policykit/blob/main/docs/rules/";

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
