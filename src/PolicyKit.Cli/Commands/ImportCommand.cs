using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using PolicyKit.Cli.Import;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Usage;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit import POLICY.yaml --class NAME</c>: turn a YAML policy into DSL code.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("POLICY") { Description = "The audit policy to import (YAML or JSON; '-' reads stdin)." };
        var className = new Option<string>("--class") { Description = "Name of the generated policy class.", HelpName = "NAME", Required = true };
        var ns = new Option<string?>("--namespace") { Description = "Namespace of the generated class.", HelpName = "NS" };
        var name = new Option<string?>("--name") { Description = "The policy name in [AuditPolicy]; default: the file name without extension.", HelpName = "POLICY-NAME" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the C# file here instead of stdout.", HelpName = "FILE.cs" };
        var command = new Command("import",
            "Write a YAML audit policy as C# in the PolicyKit DSL: catalog members where they exist, Resource.Custom otherwise, " +
            "YAML comments carried over. The result decides exactly like the input; anything the DSL cannot keep as written is reported on stderr.")
        {
            file, className, ns, name, output,
        };
        CommandHelp.ExitCodes(command, "0 written", "2 bad usage, an unreadable policy or one the apiserver would refuse, or an output that cannot be written");
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(className)!, parse.GetValue(ns), parse.GetValue(name), parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string path, string className, string? ns, string? policyName, string? output)
    {
        if (!CSharpNames.IsTypeName(className))
        {
            context.Error.WriteLine($"error: --class \"{className}\" is not a C# class name (letters, digits and '_', not a keyword, not all lower-case)");
            return ExitCodes.Usage;
        }
        if (ns is not null && !ns.Split('.').All(CSharpNames.IsIdentifier))
        {
            context.Error.WriteLine($"error: --namespace \"{ns}\" is not a C# namespace");
            return ExitCodes.Usage;
        }
        var display = InputFiles.DisplayName(path);
        var document = PolicyLoader.Load(path, KubernetesVersion.Latest, context);
        foreach (var f in document.Findings.Where(f => f.Severity != Severity.Info))
        {
            context.Error.WriteLine(f.Format(display));
        }
        var policy = PolicyLoader.Loadable(document);
        if (policy is null)
        {
            context.Error.WriteLine($"error: {display}: kube-apiserver would refuse this policy; fix it first (policykit validate {display})");
            return ExitCodes.Usage;
        }
        var options = new ImportOptions(className, ns, policyName ?? DefaultName(path), path == InputFiles.Stdin ? null : Path.GetFileName(path));
        var spans = RuleSpans.All(document);
        var result = PolicyCSharpWriter.Write(policy, options, document.Comments, i => spans[i], document.Locate(FindingTarget.PolicyField("rules")).Line);
        foreach (var note in result.Notes)
        {
            context.Error.WriteLine("note: " + note);
        }
        if (output is null)
        {
            context.Out.Write(result.Code);
            return ExitCodes.Success;
        }
        AtomicFile.Write(output, result.Code);
        context.Error.WriteLine($"wrote {output} ({FindingJson.Plural(policy.Rules.Count, "rule")})");
        return ExitCodes.Success;
    }

    private static string DefaultName(string path)
    {
        if (path == InputFiles.Stdin)
        {
            return "policy";
        }
        var name = Path.GetFileName(path);
        foreach (var ext in new[] { ".gz", ".yaml", ".yml", ".json" })
        {
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                name = name.Substring(0, name.Length - ext.Length);
            }
        }
        return name;
    }
}
