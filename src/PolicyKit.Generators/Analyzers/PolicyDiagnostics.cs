using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PolicyKit.Diagnostics;

namespace PolicyKit.Generators.Analyzers;

/// <summary>The descriptors of the DSL diagnostics (PK00nn), one per id, from the catalog.</summary>
internal static class PolicyDiagnostics
{
    public static readonly DiagnosticDescriptor NotConstant = CatalogDescriptors.For(DiagnosticIds.NotConstant);
    public static readonly DiagnosticDescriptor UnsupportedStatement = CatalogDescriptors.For(DiagnosticIds.UnsupportedStatement);
    public static readonly DiagnosticDescriptor BadPolicyClass = CatalogDescriptors.For(DiagnosticIds.BadPolicyClass);
    public static readonly DiagnosticDescriptor EmptyPolicy = CatalogDescriptors.For(DiagnosticIds.EmptyPolicy);
    public static readonly DiagnosticDescriptor ResourceAndNonResource = CatalogDescriptors.For(DiagnosticIds.ResourceAndNonResource);
    public static readonly DiagnosticDescriptor VersionGated = CatalogDescriptors.For(DiagnosticIds.VersionGated);
    public static readonly DiagnosticDescriptor InvalidMinVersion = CatalogDescriptors.For(DiagnosticIds.InvalidMinVersion);
    public static readonly DiagnosticDescriptor ApiserverRefuses = CatalogDescriptors.For(DiagnosticIds.ApiserverRefuses);
    public static readonly DiagnosticDescriptor UnknownEnumValue = CatalogDescriptors.For(DiagnosticIds.UnknownEnumValue);

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        NotConstant, UnsupportedStatement, BadPolicyClass, EmptyPolicy, ResourceAndNonResource, VersionGated, InvalidMinVersion, ApiserverRefuses, UnknownEnumValue);

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = All.ToImmutableDictionary(d => d.Id);

    public static DiagnosticDescriptor For(string id) => ById[id];
}
