using System.CommandLine;
using System.Linq;
using System.Text.Json;
using PolicyKit.Cli.Assemblies;
using PolicyKit.Cli.IO;
using PolicyKit.Detection;
using PolicyKit.Detections;
using PolicyKit.Diagnostics;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit lint-detections POLICY [--rules DLL]</c>: PK2010, the detections whose data the policy
/// does not record for some request they target, each with a witness request and the deciding rule.
/// </summary>
internal static class DetectionCoverageCommand
{
    public static Command Create(CliContext context)
    {
        var policy = new Argument<string>("POLICY") { Description = "The audit policy (YAML or JSON; '-' reads stdin)." };
        var rules = new Option<string?>("--rules", "-r")
        {
            Description = "A built assembly with [DetectionRules] classes (default: the built-in pack).",
            HelpName = "DLL",
        };
        var format = CommonOptions.FormatOption("text", "json");
        var version = CommonOptions.KubernetesVersionOption();
        var command = new Command("lint-detections",
            "Check that the policy logs what each detection reads (PK2010): a rule reading requestObject needs level Request for the requests it targets, " +
            "responseObject RequestResponse, and every rule needs its stage not omitted. Exit 1 when a detection is blind for some request.")
        {
            policy, rules, format, version,
        };
        command.SetAction(parse => Run(context, parse.GetValue(policy)!, parse.GetValue(rules), parse.GetValue(format) == "json", parse.GetValue(version)));
        return command;
    }

    private static int Run(CliContext context, string policyPath, string? rulesDll, bool json, KubernetesVersion version)
    {
        var document = PolicyLoader.Load(policyPath, version, context);
        var name = InputFiles.DisplayName(policyPath);
        var loaded = PolicyLoader.Loadable(document);
        if (loaded is null)
        {
            context.Error.WriteLine($"error: {name}: kube-apiserver would refuse this policy (policykit validate {name})");
            return ExitCodes.Usage;
        }
        using var assembly = rulesDll is null ? null : CompiledDetections.Load(rulesDll);
        var detections = (assembly?.Rules ?? BuiltInDetections.Detections).Select(r => r.Info).ToList();
        var findings = DetectionCoverage.Check(loaded, detections, version,
            resource => CatalogIndex.GroupsOf(resource).Select(g => (g.Group, g.Scope == ResourceScope.Namespaced)).ToList());
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(findings.Select(f => new
            {
                id = DiagnosticIds.DetectionNotLogged,
                severity = "warning",
                rule = f.RuleId,
                message = f.Message,
                file = name,
                policyRule = f.Decision.Rule,
                level = f.Decision.Level.ToName(),
                needed = f.Needed.ToName(),
            })));
        }
        else
        {
            foreach (var f in findings)
            {
                context.Out.WriteLine($"{name}: warning: {f.Message} [{DiagnosticIds.DetectionNotLogged}]");
            }
            context.Out.WriteLine($"{name}: {detections.Count} detection(s) checked, {findings.Count} blind for some request they target");
        }
        return findings.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
