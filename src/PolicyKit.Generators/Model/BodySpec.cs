using System.Linq;

namespace PolicyKit.Generators.Model;

internal enum BodyItemKind
{
    Rule,
    OmitStages,
    OmitManagedFields,

    /// <summary>A call of a [RuleSet] method: its rules go here, resolved against the compilation's rule sets.</summary>
    Include,
}

/// <summary>One statement of a Define or [RuleSet] body, with the place it was written.</summary>
internal sealed record BodyItem(BodyItemKind Kind, ParseDiagnostic Site, PolicyRule? Rule = null, Stages Stages = Stages.None, bool Flag = false, string? Include = null);

/// <summary>The statements of a Define or [RuleSet] method, in order, and the problems found reading them.</summary>
internal sealed record BodySpec(EquatableArray<BodyItem> Items, EquatableArray<ParseDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>A [RuleSet] method: its documentation id (how calls refer to it) and its statements.</summary>
internal sealed record RuleSetSpec(string Id, string Name, BodySpec Body);
