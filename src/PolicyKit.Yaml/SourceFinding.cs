using PolicyKit.Validation;

namespace PolicyKit.Yaml;

/// <summary>A finding about a policy file, with the place in the file it points at.</summary>
public sealed record SourceFinding(string Id, Severity Severity, string Path, string Message, SourceLocation Location)
{
    /// <summary>The rule the finding is about (0-based), or null for the file or policy as a whole.</summary>
    public int? RuleIndex { get; init; }

    /// <summary>A request that shows the finding (see <see cref="PolicyFinding.Witness"/>), or null.</summary>
    public AuditRequest? Witness { get; init; }

    /// <summary><c>file:line:col: severity: path: message [id]</c>, the format compilers use.</summary>
    public string Format(string file)
    {
        var severity = Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
        var path = Path.Length > 0 ? Path + ": " : "";
        // Only our diagnostics have an id worth looking up (docs/rules/PKnnnn.md).
        var id = Id.StartsWith("PK", System.StringComparison.Ordinal) ? " [" + Id + "]" : "";
        return $"{file}:{Location.Line}:{Location.Column}: {severity}: {path}{Message}{id}";
    }
}
