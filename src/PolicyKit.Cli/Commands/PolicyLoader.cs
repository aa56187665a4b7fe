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
    {
        var bytes = ReadBytes(path, context);
        var document = PolicyYamlReader.Read(new System.IO.MemoryStream(bytes, writable: false), version);
        if (document.IsUnreadable && LooksLikeAuditLog(bytes))
        {
            // Swapped arguments (evaluate -p audit.log -e policy.yaml): one clear message, not a YAML error.
            throw new InputException($"{InputFiles.DisplayName(path)}: this looks like an audit log (JSON lines of events), not a policy; were the policy and the logs swapped?");
        }
        return document;
    }

    /// <summary>
    /// The bytes of a policy (or test) file, one past the size limit at most, so that the reader refuses an oversized
    /// file itself; throws <see cref="InputException"/> when the file cannot be read.
    /// </summary>
    public static byte[] ReadBytes(string path, CliContext context)
    {
        using var stream = InputFiles.Open(path, context);
        return BoundedInput.Read(stream, YamlLimits.Default.MaxBytes + 1, InputFiles.DisplayName(path));
    }

    /// <summary>A JSON object first, naming an auditID or an Event kind within its first line: what audit logs start with.</summary>
    private static bool LooksLikeAuditLog(byte[] bytes)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes, 0, System.Math.Min(bytes.Length, 64 * 1024)).TrimStart();
        var firstLine = text.Split('\n', 2)[0];
        return text.StartsWith('{') && (firstLine.Contains("\"auditID\"", System.StringComparison.Ordinal) || firstLine.Contains("\"kind\":\"Event", System.StringComparison.Ordinal) || firstLine.Contains("\"kind\": \"Event", System.StringComparison.Ordinal));
    }

    /// <summary>
    /// Each file loaded in turn, with its display name. A file that cannot be read is reported on stderr
    /// and skipped (and told to <paramref name="unreadable"/>, for SARIF's notifications); <paramref name="exit"/> then becomes <see cref="ExitCodes.Usage"/>.
    /// </summary>
    public static IEnumerable<(string Name, PolicyDocument Document)> LoadAll(string[] files, KubernetesVersion version, CliContext context, ExitStatus exit,
        System.Action<string, string>? unreadable = null)
    {
        foreach (var file in Expand(files, context, exit, unreadable))
        {
            PolicyDocument document;
            try
            {
                document = Load(file, version, context);
            }
            catch (InputException ex)
            {
                context.Error.WriteLine("error: " + ex.Message);
                unreadable?.Invoke(file, ex.Message);
                exit.Raise(ExitCodes.Usage);
                continue;
            }
            yield return (InputFiles.DisplayName(file), document);
        }
    }

    /// <summary>The files the arguments name (directories and patterns expanded); an argument naming none is reported like an unreadable file.</summary>
    private static IEnumerable<string> Expand(string[] arguments, CliContext context, ExitStatus exit, System.Action<string, string>? unreadable)
    {
        foreach (var argument in arguments)
        {
            IReadOnlyList<string> files;
            try
            {
                files = InputPatterns.Policies(argument);
            }
            catch (InputException ex)
            {
                context.Error.WriteLine("error: " + ex.Message);
                unreadable?.Invoke(argument, ex.Message);
                exit.Raise(ExitCodes.Usage);
                continue;
            }
            foreach (var file in files)
            {
                yield return file;
            }
        }
    }

    /// <summary>The exit code a document raises: unreadable input (2), an invalid policy (1), or none (0).</summary>
    public static int ExitCodeOf(PolicyDocument document)
        => document.IsUnreadable ? ExitCodes.Usage : document.IsValid ? ExitCodes.Success : ExitCodes.Findings;

    /// <summary>The policy files argument of the commands that check policies.</summary>
    public static System.CommandLine.Argument<string[]> FilesArgument() => new("POLICY")
    {
        Description = "Audit policy files (YAML or JSON; '-' reads stdin; .gz is read transparently), directories (their *.yaml and *.yml) or patterns ('policies/*.yaml', 'policies/**/*.yaml').",
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
