using PolicyKit.Validation;

namespace PolicyKit.Cli.Lint;

/// <summary>The severity names of --fail-on (the option accepts only these).</summary>
internal static class Severities
{
    public static Severity Parse(string name) => name switch
    {
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => Severity.Error,
    };
}
