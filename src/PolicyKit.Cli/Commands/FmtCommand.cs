using System.CommandLine;
using System.IO;
using System.Linq;
using PolicyKit.Cli.Format;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Usage;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit fmt [--check] POLICY...</c> (like <c>opa fmt</c>): rewrites policies in the canonical YAML form,
/// comments kept (<see cref="PolicyFormatter"/>); <c>--check</c> only lists the files that would change.
/// </summary>
internal static class FmtCommand
{
    public static Command Create(CliContext context)
    {
        var files = PolicyLoader.FilesArgument();
        var check = new Option<bool>("--check") { Description = "Change nothing: list the files that are not formatted, exit 1 if any." };
        var version = CommonOptions.KubernetesVersionOption();
        var command = new Command("fmt",
            "Rewrite audit policies in place in the canonical YAML form (fields in upstream's order, block style, quoting only where YAML needs it), " +
            "comments kept with the nearest rule. A policy the apiserver refuses or with a field it drops is not touched (see lint --fix); '-' formats stdin to stdout.")
        {
            files, check, version,
        };
        CommandHelp.ExitCodes(command, "0 formatted (or, with --check, nothing to do)", "1 with --check some file would change", "2 usage, unreadable input or a policy that cannot be formatted");
        command.SetAction(parse => Run(context, parse.GetValue(files)!, parse.GetValue(check), parse.GetValue(version)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, bool check, KubernetesVersion version)
    {
        var exit = new ExitStatus();
        foreach (var path in paths)
        {
            var name = InputFiles.DisplayName(path);
            PolicyDocument document;
            string original;
            try
            {
                var bytes = PolicyLoader.ReadBytes(path, context);
                original = System.Text.Encoding.UTF8.GetString(bytes);
                document = PolicyYamlReader.Read(new MemoryStream(bytes, writable: false), version);
            }
            catch (InputException ex)
            {
                context.Error.WriteLine("error: " + ex.Message);
                exit.Raise(ExitCodes.Usage);
                continue;
            }
            if (original.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{'))
            {
                context.Error.WriteLine($"error: {name}: a JSON policy; fmt writes YAML and leaves JSON files alone");
                exit.Raise(ExitCodes.Usage);
                continue;
            }
            var result = PolicyFormatter.Format(document);
            if (result.Text is not { } formatted)
            {
                foreach (var f in result.Refusals.DefaultIfEmpty())
                {
                    context.Error.WriteLine(f is null ? $"error: {name}: not a policy that can be formatted" : f.Format(name));
                }
                context.Error.WriteLine($"error: {name}: not formatted (left as it is): " +
                    (result.Refusals.Any(f => f.Id == Diagnostics.DiagnosticIds.DroppedField) ? "fix the fields the apiserver drops first (policykit lint --fix)" : "fix the policy first"));
                exit.Raise(ExitCodes.Usage);
                continue;
            }
            if (path == InputFiles.Stdin)
            {
                if (check)
                {
                    exit.Raise(formatted == original ? ExitCodes.Success : ExitCodes.Findings);
                    if (formatted != original)
                    {
                        context.Out.WriteLine(name);
                    }
                }
                else
                {
                    context.Out.Write(formatted);
                }
                continue;
            }
            if (formatted == original)
            {
                continue;
            }
            if (check)
            {
                context.Out.WriteLine(name);
                exit.Raise(ExitCodes.Findings);
                continue;
            }
            try
            {
                AtomicFile.Write(path, formatted);
            }
            catch (System.Exception ex) when (ex is IOException or System.UnauthorizedAccessException)
            {
                context.Error.WriteLine($"error: cannot write {name}: {ex.Message}");
                exit.Raise(ExitCodes.Usage);
                continue;
            }
            context.Error.WriteLine("formatted " + name);
        }
        return exit.Code;
    }
}
