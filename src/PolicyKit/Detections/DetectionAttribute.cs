using System;
using PolicyKit.Detection;

namespace PolicyKit;

/// <summary>
/// A detection rule: a <c>static bool Name(AuditEvent e) =&gt; ...</c> method whose body uses the
/// analyzable subset of C# described in docs/detections.md.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class DetectionAttribute : Attribute
{
    public DetectionAttribute(string id, string title, AlertSeverity severity, string mitre)
    {
        Id = id;
        Title = title;
        Severity = severity;
        Mitre = mitre;
    }

    /// <summary>A stable id (alerts carry it as "rule").</summary>
    public string Id { get; }

    public string Title { get; }

    public AlertSeverity Severity { get; }

    /// <summary>The MITRE ATT&amp;CK technique (e.g. T1609).</summary>
    public string Mitre { get; }

    /// <summary>The stage the rule looks at: ResponseComplete by default; ResponseStarted for exec, attach and watch.</summary>
    public Stage Stage { get; set; } = Stage.ResponseComplete;

    /// <summary>
    /// Windowed rules: alert once when this many matching events share a <see cref="CountBy"/> key within
    /// <see cref="WindowSeconds"/>. Set all three or none (PK2004).
    /// </summary>
    public int Threshold { get; set; }

    /// <summary>The window of a windowed rule, in seconds (see <see cref="Threshold"/>).</summary>
    public int WindowSeconds { get; set; }

    /// <summary>What a windowed rule counts by (see <see cref="Threshold"/>).</summary>
    public CountKey CountBy { get; set; }

    /// <summary>Tags for enabling and disabling rules in groups (<c>policykit detect --disable tag:noisy</c>).</summary>
    public string[] Tags { get; set; } = [];
}

/// <summary>
/// A named exception of a detection rule: its alerts are dropped on events that meet every field given
/// (each by any of its values: globs, CIDRs for <see cref="SourceIP"/>). On a [Detection] method it applies to
/// that rule; on a [DetectionRules] class to the rules named in <see cref="Rules"/>. The generator copies it
/// into the rule's IR, so compiled and interpreted rules alike are excepted (docs/detections.md, "Exceptions").
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class DetectionExceptionAttribute(string name) : Attribute
{
    /// <summary>The exception's name (alerts it drops are counted under it).</summary>
    public string ExceptionName { get; } = name;

    /// <summary>On a class: the ids of the rules the exception applies to.</summary>
    public string[] Rules { get; set; } = [];

    public string[] User { get; set; } = [];

    public string[] Group { get; set; } = [];

    public string[] Namespace { get; set; } = [];

    /// <summary>objectRef.name, else the request body's metadata.name or generateName.</summary>
    public string[] Name { get; set; } = [];

    /// <summary>Every container image of the request's pod spec must match one of these.</summary>
    public string[] Image { get; set; } = [];

    public string[] OwnerKind { get; set; } = [];

    /// <summary>IP addresses or CIDRs the request's connection came from (the last of sourceIPs).</summary>
    public string[] SourceIP { get; set; } = [];

    public string[] Verb { get; set; } = [];
}

/// <summary>Marks a property or method of the event view as an event field (read by the generator).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, Inherited = false)]
public sealed class EventFieldAttribute(EventField field) : Attribute
{
    public EventField Field { get; } = field;
}

/// <summary>Marks a property as the root of a body (requestObject or responseObject).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class BodyRootAttribute(BodyRoot root) : Attribute
{
    public BodyRoot Root { get; } = root;
}

/// <summary>
/// Marks a property of a body view as a path below it: dotted JSON names ("spec.type"), a computed step
/// (<see cref="BodyPaths.PodSpec"/>, <see cref="BodyPaths.AllContainers"/>), or "" for another view of the same node.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class BodyPathAttribute(string path) : Attribute
{
    public string Path { get; } = path;
}

/// <summary>Records a [DetectionRules] class in its assembly (written by the generator), so tools find its rules.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class CompiledDetectionsAttribute(Type rulesClass) : Attribute
{
    public Type RulesClass { get; } = rulesClass;
}
