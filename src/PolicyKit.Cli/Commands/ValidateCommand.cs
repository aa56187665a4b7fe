using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PolicyKit.Cli.IO;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit validate POLICY...</c>: load and validate as the apiserver does, plus our stricter checks.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("POLICY")
        {
            Description = "Audit policy files (YAML or JSON; '-' reads stdin; .gz is read transparently).",
            Arity = ArgumentArity.OneOrMore,
        };
        var version = CommonOptions.KubernetesVersionOption();
        var format = CommonOptions.FormatOption("text", "json");
        var command = new Command("validate",
            "Check audit policy files as kube-apiserver loads them: its errors with its field paths and messages, " +
            "plus what it silently drops (unknown or duplicate fields) and strings that can never match.\n" +
            "Exit codes: 0 valid, 1 invalid, 2 usage or I/O error.")
        {
            files, version, format,
        };
        command.SetAction(parse => Run(context, parse.GetValue(files)!, parse.GetValue(version), parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string[] files, KubernetesVersion version, string format)
    {
        var all = new List<(string, SourceFinding)>();
        var exit = ExitCodes.Success;
        foreach (var file in files)
        {
            var name = InputFiles.DisplayName(file);
            PolicyDocument document;
            try
            {
                document = PolicyLoader.Load(file, version, context);
            }
            catch (InputException ex)
            {
                context.Error.WriteLine("error: " + ex.Message);
                exit = ExitCodes.Usage;
                continue;
            }
            all.AddRange(document.Findings.Select(f => (name, f)));
            if (!document.IsValid && exit == ExitCodes.Success)
            {
                exit = ExitCodes.Findings;
            }
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
        return exit;
    }

    private static string Summary(string name, PolicyDocument document, KubernetesVersion version)
    {
        var errors = document.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = document.Findings.Count(f => f.Severity == Severity.Warning);
        if (document.IsValid)
        {
            var rules = document.Policy!.Rules.Count;
            var extra = warnings > 0 ? $", {Plural(warnings, "warning")}" : "";
            return $"{name}: valid for Kubernetes {version} ({Plural(rules, "rule")}{extra})";
        }
        return $"{name}: invalid: {Plural(errors, "error")}{(warnings > 0 ? ", " + Plural(warnings, "warning") : "")}";
    }

    private static string Plural(int n, string word) => n + " " + word + (n == 1 ? "" : "s");
}
