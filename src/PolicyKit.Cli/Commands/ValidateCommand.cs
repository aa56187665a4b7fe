using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Usage;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit validate POLICY...</c>: load and validate as the apiserver does, plus our stricter checks.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = PolicyLoader.FilesArgument();
        var version = CommonOptions.KubernetesVersionOption();
        var format = CommonOptions.FormatOption("text", "json");
        var command = new Command("validate",
            "Check audit policy files as kube-apiserver loads them: its errors with its field paths and messages, " +
            "plus what it silently drops (unknown or duplicate fields) and strings that can never match.")
        {
            files, version, format,
        };
        CommandHelp.ExitCodes(command, "0 valid", "1 invalid", "2 usage or I/O error");
        command.SetAction(parse => Run(context, parse.GetValue(files)!, parse.GetValue(version), parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string[] files, KubernetesVersion version, string format)
    {
        var all = new List<(string, SourceFinding)>();
        var exit = new ExitStatus();
        foreach (var (name, document) in PolicyLoader.LoadAll(files, version, context, exit))
        {
            all.AddRange(document.Findings.Select(f => (name, f)));
            exit.Raise(PolicyLoader.ExitCodeOf(document));
            if (format == "text")
            {
                foreach (var f in document.Findings)
                {
                    context.Out.WriteLine(f.Format(name));
                }
                context.Out.WriteLine(Summary(name, document, version));
            }
        }
        if (format == "json")
        {
            context.Out.WriteLine(FindingJson.Write(all));
        }
        return exit.Code;
    }

    private static string Summary(string name, PolicyDocument document, KubernetesVersion version)
    {
        var errors = document.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = document.Findings.Count(f => f.Severity == Severity.Warning);
        if (document.IsValid)
        {
            var rules = document.Policy!.Rules.Count;
            var extra = warnings > 0 ? $", {FindingJson.Plural(warnings, "warning")}" : "";
            return $"{name}: valid for Kubernetes {version} ({FindingJson.Plural(rules, "rule")}{extra})";
        }
        return $"{name}: invalid: {FindingJson.Plural(errors, "error")}{(warnings > 0 ? ", " + FindingJson.Plural(warnings, "warning") : "")}";
    }
}
