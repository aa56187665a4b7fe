using System.Linq;

namespace PolicyKit.Generators.Model;

/// <summary>Where a policy class is and how it is declared: what the emitter needs to add members to it.</summary>
internal sealed record PolicyClass(string? Namespace, EquatableArray<string> ContainingTypes, string Name, string Accessibility)
{
    public string FullName => (Namespace is null ? "" : Namespace + ".") + string.Join(".", ContainingTypes.Concat(new[] { Name }));
}

/// <summary>
/// Everything the generator knows about one [AuditPolicy] class after parsing, as plain values: no
/// symbols, syntax or compilations, so pipeline steps compare by value and cache.
/// </summary>
internal sealed record PolicySpec(
    PolicyClass Class,
    string PolicyName,
    string MinKubernetesVersion,
    BodySpec? Body,
    EquatableArray<ParseDiagnostic> Diagnostics);

/// <summary>A policy with its rule sets included: the model the emitters compile, or the reasons there is none.</summary>
internal sealed record ResolvedPolicy(PolicySpec Spec, Policy? Policy, EquatableArray<ParseDiagnostic> Diagnostics, bool IncludesBrokenRuleSet = false)
{
    /// <summary>Where each rule of <see cref="Policy"/> was written (its statement), in rule order.</summary>
    public EquatableArray<ParseDiagnostic> RuleSites { get; init; }

    /// <summary>Nothing is generated then: a statement that could not be read would silently widen or drop a rule.</summary>
    public bool HasErrors => Policy is null || IncludesBrokenRuleSet || Diagnostics.Any(d => d.IsError) || Spec.Diagnostics.Any(d => d.IsError) || (Spec.Body?.HasErrors ?? true);
}

/// <summary>What the emitters need: the class and the resolved model, without source positions (so edits that only move code re-emit nothing).</summary>
internal sealed record EmitSpec(PolicyClass Class, string PolicyName, string MinKubernetesVersion, Policy Policy)
{
    public static EmitSpec? From(ResolvedPolicy resolved)
        => resolved.HasErrors ? null : new EmitSpec(resolved.Spec.Class, resolved.Spec.PolicyName, resolved.Spec.MinKubernetesVersion, resolved.Policy!);
}
