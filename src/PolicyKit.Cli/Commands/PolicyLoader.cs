using System.Collections.Generic;
using System.Linq;
using PolicyKit.Cli.IO;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary>Loads a policy file (YAML or JSON, a path or "-", gzip or not) for any command.</summary>
internal static class PolicyLoader
{
    /// <summary>
    /// The policy file as read; throws <see cref="InputException"/> when it cannot be read at all (no such file,
    /// corrupt gzip data). Malformed YAML is a located finding of an <see cref="PolicyDocument.IsUnreadable"/> document.
    /// </summary>
    public static PolicyDocument Load(string path, KubernetesVersion version, CliContext context)
        => PolicyYamlReader.Read(new System.IO.MemoryStream(ReadBytes(path, context), writable: false), version);

    /// <summary>
    /// The bytes of a policy (or test) file, one past the size limit at most, so that the reader refuses an oversized
    /// file itself; throws <see cref="InputException"/> when the file cannot be read.
    /// </summary>
    public static byte[] ReadBytes(string path, CliContext context)
    {
        using var stream = InputFiles.Open(path, context);
        return BoundedInput.Read(stream, YamlLimits.Default.MaxBytes + 1, InputFiles.DisplayName(path));
    }

    /// <summary>
    /// Each file loaded in turn, with its display name. A file that cannot be read is reported on stderr
    /// and skipped; <paramref name="exit"/> then becomes <see cref="ExitCodes.Usage"/>.
    /// </summary>
    public static IEnumerable<(string Name, PolicyDocument Document)> LoadAll(string[] files, KubernetesVersion version, CliContext context, ExitStatus exit)
    {
        foreach (var file in files)
        {
            PolicyDocument document;
            try
            {
                document = Load(file, version, context);
            }
            catch (InputException ex)
            {
                context.Error.WriteLine("error: " + ex.Message);
                exit.Raise(ExitCodes.Usage);
                continue;
            }
            yield return (InputFiles.DisplayName(file), document);
        }
    }

    /// <summary>The exit code a document raises: unreadable input (2), an invalid policy (1), or none (0).</summary>
    public static int ExitCodeOf(PolicyDocument document)
        => document.IsUnreadable ? ExitCodes.Usage : document.IsValid ? ExitCodes.Success : ExitCodes.Findings;

    /// <summary>The policy files argument of the commands that check policies.</summary>
    public static System.CommandLine.Argument<string[]> FilesArgument() => new("POLICY")
    {
        Description = "Audit policy files (YAML or JSON; '-' reads stdin; .gz is read transparently).",
        Arity = System.CommandLine.ArgumentArity.OneOrMore,
    };

    /// <summary>
    /// The policy as the apiserver would run it, or null when it would refuse the file. Fields it drops
    /// (unknown or duplicate keys) do not stop it: it warns and loads the rest, and so do we.
    /// </summary>
    public static Policy? Loadable(PolicyDocument document)
        => document.Policy is not null && !document.Findings.Any(f => f.Severity == Severity.Error && f.Id != DiagnosticIds.DroppedField)
            ? document.Policy
            : null;
}
