using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PolicyKit.Analysis;
using PolicyKit.Cli.Import;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.PolicyTests;
using PolicyKit.Cli.Usage;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit witnesses POLICY</c>: for every rule, a request that reaches it (the evaluator decides it by
/// that rule) or the earlier rules that together match everything it matches.
/// </summary>
internal static class WitnessesCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("POLICY") { Description = "An audit policy file (YAML or JSON; '-' reads stdin)." };
        var version = CommonOptions.KubernetesVersionOption();
        var format = CommonOptions.FormatOption("text", "json", "tests", "xunit");
        var className = new Option<string>("--class")
        {
            Description = "--format xunit: the policy's DSL class, whose generated Evaluate the tests call.",
            HelpName = "NAME",
            DefaultValueFactory = _ => "AuditPolicy",
        };
        var ns = new Option<string?>("--namespace") { Description = "--format xunit: the namespace of the test class.", HelpName = "NS" };
        var output = new Option<string?>("--output") { Description = "Write to this file (atomically) instead of stdout; a test file's \"policy\" is then relative to it.", HelpName = "FILE" };
        var command = new Command("witnesses",
            "For every rule, a request that reaches it, or the proof that none does (the earlier rules that decide all it matches). " +
            "--format tests writes them as a `policykit test` file, --format xunit as an xunit class over the generated Evaluate.")
        {
            file, version, format, className, ns, output,
        };
        CommandHelp.ExitCodes(command, "0 every rule reachable", "1 some rule unreachable", "2 usage or I/O error or a policy the apiserver refuses");
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(version), parse.GetValue(format)!,
            new TestOutput(parse.GetValue(className)!, parse.GetValue(ns), parse.GetValue(output))));
        return command;
    }

    /// <summary>Where and how --format tests|xunit writes.</summary>
    private sealed record TestOutput(string ClassName, string? Namespace, string? Path);

    private static int Run(CliContext context, string file, KubernetesVersion version, string format, TestOutput tests)
    {
        var name = InputFiles.DisplayName(file);
        var document = PolicyLoader.Load(file, version, context);
        if (PolicyLoader.Loadable(document) is not { } policy)
        {
            foreach (var f in document.Findings)
            {
                context.Error.WriteLine(f.Format(name));
            }
            return ExitCodes.Usage;
        }
        IReadOnlyList<RuleWitness> witnesses;
        try
        {
            witnesses = PolicyAnalysis.Witnesses(policy, version);
        }
        catch (AnalysisDefectException ex)
        {
            context.Error.WriteLine($"error: {name}: {ex.Message}");
            return ExitCodes.Usage;
        }
        if (format is "tests" or "xunit")
        {
            return WriteTests(context, file, policy, version, witnesses, format, tests);
        }
        if (format == "json")
        {
            context.Out.WriteLine(FindingJson.Document(json =>
            {
                json.WriteStartArray();
                foreach (var w in witnesses)
                {
                    json.WriteStartObject();
                    json.WriteNumber("rule", w.Rule);
                    json.WriteBoolean("reachable", w.Reachable);
                    RequestJson.Write(json, "witness", w.Witness);
                    if (w.Unproven)
                    {
                        // Neither reached nor covered within the analysis budget (PK1052).
                        json.WriteBoolean("unproven", true);
                        json.WriteNull("coveredBy");
                    }
                    else if (w.Reachable)
                    {
                        json.WriteNull("coveredBy");
                    }
                    else
                    {
                        json.WriteStartArray("coveredBy");
                        foreach (var by in w.CoveredBy)
                        {
                            json.WriteNumberValue(by);
                        }
                        json.WriteEndArray();
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }));
        }
        else
        {
            foreach (var w in witnesses)
            {
                var rule = policy.Rules[w.Rule];
                var label = $"rule {w.Rule}" + (rule.Name is { Length: > 0 } n ? $" \"{n}\"" : "") + $" ({rule.Level})";
                var at = document.Locate(Validation.FindingTarget.OfRule(w.Rule));
                context.Out.WriteLine(w.Unproven
                    ? $"{name}:{at.Line}:{at.Column}: {label}: not proven reachable or unreachable within the analysis budget (PK1052)"
                    : w.Reachable
                    ? $"{name}:{at.Line}:{at.Column}: {label}: reached by {w.Witness}"
                    : $"{name}:{at.Line}:{at.Column}: {label}: unreachable: " + (w.CoveredBy.Count == 0 ? "it matches no request" : (w.CoveredBy.Count == 1 ? "rule " : "rules ") + string.Join(", ", w.CoveredBy) + (w.CoveredBy.Count == 1 ? " matches" : " match") + " every request it matches"));
            }
        }
        return witnesses.All(w => w.Reachable) ? ExitCodes.Success : ExitCodes.Findings;
    }

    private static int WriteTests(CliContext context, string file, Policy policy, KubernetesVersion version, IReadOnlyList<RuleWitness> witnesses, string format, TestOutput tests)
    {
        if (format == "xunit" && (!CSharpNames.IsTypeName(tests.ClassName) || (tests.Namespace is { } n && !n.Split('.').All(CSharpNames.IsIdentifier))))
        {
            context.Error.WriteLine($"error: --class \"{tests.ClassName}\" or --namespace is not a C# name");
            return ExitCodes.Usage;
        }
        string text;
        if (format == "xunit")
        {
            text = WitnessTestWriter.Xunit(policy, version, witnesses, tests.ClassName, tests.Namespace);
        }
        else
        {
            // The test file names the policy relative to itself (the current directory when it goes to stdout).
            var from = tests.Path is { } output ? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(output))! : System.IO.Directory.GetCurrentDirectory();
            var policyPath = file == InputFiles.Stdin ? file : System.IO.Path.GetRelativePath(from, System.IO.Path.GetFullPath(file)).Replace('\\', '/');
            text = WitnessTestWriter.Tests(policy, version, witnesses, policyPath);
        }
        if (tests.Path is null)
        {
            context.Out.Write(text);
        }
        else
        {
            try
            {
                AtomicFile.Write(tests.Path, text);
            }
            catch (System.Exception ex) when (ex is System.IO.IOException or System.UnauthorizedAccessException)
            {
                context.Error.WriteLine($"error: cannot write {tests.Path}: {ex.Message}");
                return ExitCodes.Usage;
            }
            context.Error.WriteLine($"wrote {tests.Path} ({FindingJson.Plural(witnesses.Count(w => w.Reachable), "test")})");
        }
        return ExitCodes.Success;
    }
}
