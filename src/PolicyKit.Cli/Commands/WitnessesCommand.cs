using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PolicyKit.Analysis;
using PolicyKit.Cli.IO;
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
        var format = CommonOptions.FormatOption("text", "json");
        var command = new Command("witnesses",
            "For every rule, a request that reaches it, or the proof that none does (the earlier rules that decide all it matches). " +
            "Turn witnesses into tests of your policy.")
        {
            file, version, format,
        };
        CommandHelp.ExitCodes(command, "0 every rule reachable", "1 some rule unreachable", "2 usage or I/O error or a policy the apiserver refuses");
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(version), parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string file, KubernetesVersion version, string format)
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
}
