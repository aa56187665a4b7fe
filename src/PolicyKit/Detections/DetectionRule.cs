using System;
using PolicyKit.Detection;

namespace PolicyKit;

/// <summary>A compiled detection rule: its IR and metadata, and the rule's own method, compiled by C#.</summary>
public sealed class DetectionRule
{
    public DetectionRule(DetectionInfo info, Func<AuditEvent, bool> compiled)
    {
        Info = info;
        Compiled = compiled;
    }

    public DetectionInfo Info { get; }

    public Func<AuditEvent, bool> Compiled { get; }

    public string Id => Info.Id;

    /// <summary>Runs the compiled method (no index: callers filter by <see cref="DetectionInfo.Requirements"/> and stage).</summary>
    public bool Matches(IDetectionEvent e) => Compiled(new AuditEvent(e));

    /// <summary>Runs the IR through the interpreter.</summary>
    public bool Interpret(IDetectionEvent e) => DetectionInterpreter.Matches(Info.Condition, e);

    public override string ToString() => Id;
}
