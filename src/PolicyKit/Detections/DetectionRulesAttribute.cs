using System;

namespace PolicyKit;

/// <summary>
/// Marks a static partial class of detection rules: its [Detection] methods are compiled by the
/// generator into IR (for the policy check and the interpreter) and into the <c>Detections</c> table.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DetectionRulesAttribute : Attribute
{
}
