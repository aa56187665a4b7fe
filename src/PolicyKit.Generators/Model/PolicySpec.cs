using System.Linq;

namespace PolicyKit.Generators.Model;

/// <summary>
/// Everything the generator knows about one [AuditPolicy] class after parsing, as plain values: no
/// symbols, syntax or compilations, so pipeline steps compare by value and cache.
/// </summary>
internal sealed record PolicySpec(
    string? Namespace,
    EquatableArray<string> ContainingTypes,
    string ClassName,
    string Accessibility,
    string PolicyName,
    string MinKubernetesVersion,
    BodySpec? Body,
    EquatableArray<ParseDiagnostic> Diagnostics)
{
    public string FullName => (Namespace is null ? "" : Namespace + ".") + string.Join(".", ContainingTypes.Concat(new[] { ClassName }));
}

/// <summary>A policy with its rule sets included: the model the emitters compile, or the reasons there is none.</summary>
internal sealed record ResolvedPolicy(PolicySpec Spec, Policy? Policy, EquatableArray<ParseDiagnostic> Diagnostics)
{
    public bool HasErrors => Policy is null || Diagnostics.Any(d => d.IsError) || Spec.Diagnostics.Any(d => d.IsError) || (Spec.Body?.HasErrors ?? true);
}
