using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PolicyKit.Diagnostics;

namespace PolicyKit.Generators.Analyzers;

/// <summary>The descriptors of the DSL diagnostics (PK00nn), one per id, with help links to docs/rules.</summary>
internal static class PolicyDiagnostics
{
    private const string Category = "PolicyKit.DSL";

    public static readonly DiagnosticDescriptor NotConstant = Error(DiagnosticIds.NotConstant, "Value is not a compile-time constant");
    public static readonly DiagnosticDescriptor UnsupportedStatement = Error(DiagnosticIds.UnsupportedStatement, "Statement is not a policy statement");
    public static readonly DiagnosticDescriptor BadPolicyClass = Error(DiagnosticIds.BadPolicyClass, "Malformed [AuditPolicy] class or [RuleSet] method");
    public static readonly DiagnosticDescriptor EmptyPolicy = Error(DiagnosticIds.EmptyPolicy, "Policy has no rules");
    public static readonly DiagnosticDescriptor ResourceAndNonResource = Error(DiagnosticIds.ResourceAndNonResource, "Rule applies to both resources and non-resource URLs");
    public static readonly DiagnosticDescriptor VersionGated = Error(DiagnosticIds.VersionGated, "Construct depends on the Kubernetes version");
    public static readonly DiagnosticDescriptor InvalidMinVersion = Error(DiagnosticIds.InvalidMinVersion, "Unknown MinKubernetesVersion");
    public static readonly DiagnosticDescriptor ApiserverRefuses = Error(DiagnosticIds.ApiserverRefuses, "The apiserver refuses this rule");
    public static readonly DiagnosticDescriptor UnknownEnumValue = Error(DiagnosticIds.UnknownEnumValue, "Value is no member of its enum");

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        NotConstant, UnsupportedStatement, BadPolicyClass, EmptyPolicy, ResourceAndNonResource, VersionGated, InvalidMinVersion, ApiserverRefuses, UnknownEnumValue);

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = All.ToImmutableDictionary(d => d.Id);

    public static DiagnosticDescriptor For(string id) => ById[id];

    private static DiagnosticDescriptor Error(string id, string title)
        => new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticIds.HelpLink(id));
}
