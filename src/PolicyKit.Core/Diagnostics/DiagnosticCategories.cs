namespace PolicyKit.Diagnostics;

/// <summary>The categories of <see cref="DiagnosticInfo"/>: one per id range.</summary>
public static class DiagnosticCategories
{
    /// <summary>PK0nnn: DSL and generator input.</summary>
    public const string Dsl = "PolicyKit.DSL";

    /// <summary>PK1nnn: policy analysis and our stricter validation.</summary>
    public const string Analysis = "PolicyKit.Analysis";

    /// <summary>PK2nnn: detection rules.</summary>
    public const string Detections = "PolicyKit.Detections";

    /// <summary>PK3nnn: the MSBuild task and the release artifacts.</summary>
    public const string Build = "PolicyKit.Build";
}
