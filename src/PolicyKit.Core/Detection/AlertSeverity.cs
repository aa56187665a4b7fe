namespace PolicyKit.Detection;

/// <summary>How urgent an alert of a detection rule is.</summary>
public enum AlertSeverity
{
    Info = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
