using System.Linq;
using PolicyKit.Detection;
using PolicyKit.Generators.Model;

namespace PolicyKit.Generators.Detections;

/// <summary>One [Detection] method after parsing: its metadata, window (null when not windowed) and IR (null when the body could not be read).</summary>
internal sealed record DetectionSpec(string MethodName, string Id, string Title, AlertSeverity Severity, string Mitre, Stage Stage, DetectionCondition? Condition,
    DetectionWindow? Window = null, EquatableArray<string> Tags = default, EquatableArray<DetectionException> Exceptions = default);

/// <summary>
/// A [DetectionRules] class after parsing, as plain values (no symbols or syntax), so the pipeline
/// caches on it; the analyzer reports <see cref="Diagnostics"/>.
/// </summary>
internal sealed record DetectionRulesSpec(PolicyClass Class, EquatableArray<DetectionSpec> Rules, EquatableArray<ParseDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError) || Rules.Any(r => r.Condition is null);
}

/// <summary>What the emitter needs: no source positions, so moving code re-emits nothing.</summary>
internal sealed record DetectionEmitSpec(PolicyClass Class, EquatableArray<DetectionSpec> Rules)
{
    public static DetectionEmitSpec? From(DetectionRulesSpec spec) => spec.HasErrors ? null : new DetectionEmitSpec(spec.Class, spec.Rules);
}
