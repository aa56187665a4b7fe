using System.Linq;
using PolicyKit.Cli.IO;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary>Loads a policy file (YAML or JSON, a path or "-", gzip or not) for any command.</summary>
internal static class PolicyLoader
{
    public static PolicyDocument Load(string path, KubernetesVersion version, CliContext context)
    {
        using var stream = InputFiles.Open(path, context);
        return PolicyYamlReader.Read(stream, version);
    }

    /// <summary>
    /// The policy as the apiserver would run it, or null when it would refuse the file. Fields it drops
    /// (unknown or duplicate keys) do not stop it: it warns and loads the rest, and so do we.
    /// </summary>
    public static Policy? Loadable(PolicyDocument document)
        => document.Policy is not null && !document.Findings.Any(f => f.Severity == Severity.Error && f.Id != DiagnosticIds.DroppedField)
            ? document.Policy
            : null;
}
