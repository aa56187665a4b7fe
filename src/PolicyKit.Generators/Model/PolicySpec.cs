using System.Linq;

namespace PolicyKit.Generators.Model;

/// <summary>
/// Everything the emitters need about one [AuditPolicy] class, as plain values: no symbols, syntax or
/// compilations, so pipeline steps compare by value and cache.
/// </summary>
internal sealed record PolicySpec(
    string? Namespace,
    EquatableArray<string> ContainingTypes,
    string ClassName,
    string Accessibility,
    string PolicyName,
    string MinKubernetesVersion,
    Policy? Policy,
    EquatableArray<ParseDiagnostic> Diagnostics)
{
    public string FullName => (Namespace is null ? "" : Namespace + ".") + string.Join(".", ContainingTypes.Concat(new[] { ClassName }));

    public bool HasErrors => Policy is null || Diagnostics.Any(d => d.IsError);
}
