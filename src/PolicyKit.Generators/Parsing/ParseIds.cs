namespace PolicyKit.Generators.Parsing;

/// <summary>The PK00nn ids (constants shared with analyzers live in Core's DiagnosticIds).</summary>
internal static class ParseIds
{
    public const string NotConstant = PolicyKit.Diagnostics.DiagnosticIds.NotConstant;
    public const string UnsupportedStatement = PolicyKit.Diagnostics.DiagnosticIds.UnsupportedStatement;
    public const string BadPolicyClass = PolicyKit.Diagnostics.DiagnosticIds.BadPolicyClass;
    public const string EmptyPolicy = PolicyKit.Diagnostics.DiagnosticIds.EmptyPolicy;
    public const string ResourceAndNonResource = PolicyKit.Diagnostics.DiagnosticIds.ResourceAndNonResource;
    public const string VersionGated = PolicyKit.Diagnostics.DiagnosticIds.VersionGated;
    public const string InvalidMinVersion = PolicyKit.Diagnostics.DiagnosticIds.InvalidMinVersion;
    public const string ApiserverRefuses = PolicyKit.Diagnostics.DiagnosticIds.ApiserverRefuses;
    public const string UnknownEnumValue = PolicyKit.Diagnostics.DiagnosticIds.UnknownEnumValue;
}
