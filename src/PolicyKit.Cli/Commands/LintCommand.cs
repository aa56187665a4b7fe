using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PolicyKit.Analysis;
using PolicyKit.Detection;
using PolicyKit.Cli.IO;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit lint POLICY...</c>: validation plus every PK1nnn analysis, each finding at the YAML node it is
/// about and, where it is about requests, with a witness request.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliContext context)
    {
        var files = PolicyLoader.FilesArgument();
        var version = CommonOptions.KubernetesVersionOption();
        var format = CommonOptions.FormatOption("text", "json", "sarif");
        var detections = new Option<string?>("--detections", "-d")
        {
            Description = "Also check that the policy logs what each detection reads (PK2010): 'builtin' for the built-in pack, or a built assembly with [DetectionRules] classes.",
            HelpName = "builtin|DLL",
        };
        var command = new Command("lint",
            "Analyse audit policies: unreachable and redundant rules, credentials logged with their bodies, secrets and CIS 3.2.2 " +
            "coverage gaps, stages, and rules that cannot match what they say — each claim about requests with a witness request.\n" +
            "Exit codes: 0 no error-severity finding, 1 some, 2 usage or I/O error.")
        {
            files, version, format, detections, Fix,
        };
        command.SetAction(parse =>
        {
            var exit = new ExitStatus();
            if (parse.GetValue(Fix))
            {
                PolicyKit.Cli.Fix.LintFix.Apply(context, parse.GetValue(files)!, parse.GetValue(version), exit);
            }
            var code = Run(context, parse.GetValue(files)!, parse.GetValue(version), parse.GetValue(format)!, parse.GetValue(detections));
            return System.Math.Max(code, exit.Code);
        });
        return command;
    }

    private static readonly Option<bool> Fix = new("--fix")
    {
        Description = "First fix in place what is safe to fix (fields the apiserver drops as typos: verb: -> verbs:, ...; unreachable rules), keeping comments; then lint what remains.",
    };

    private static int Run(CliContext context, string[] files, KubernetesVersion version, string format, string? detectionSource)
    {
        var all = new List<(string File, SourceFinding Finding)>();
        var exit = new ExitStatus();
        var detections = detectionSource is null ? null : DetectionFindings.Load(detectionSource);
        foreach (var (name, document) in PolicyLoader.LoadAll(files, version, context, exit))
        {
            IReadOnlyList<SourceFinding> findings;
            try
            {
                findings = Findings(document, version, detections);
            }
            catch (AnalysisDefectException ex)
            {
                // What reading and validation found still stands; only the analysis is withheld.
                context.Error.WriteLine($"error: {name}: {ex.Message}");
                exit.Raise(ExitCodes.Usage);
                findings = document.Findings;
            }
            all.AddRange(findings.Select(f => (name, f)));
            if (findings.Any(f => f.Severity == Severity.Error))
            {
                exit.Raise(document.IsUnreadable ? ExitCodes.Usage : ExitCodes.Findings);
            }
            if (format == "text")
            {
                foreach (var f in findings)
                {
                    context.Out.WriteLine(f.Format(name));
                }
                context.Out.WriteLine(Summary(name, document, findings));
            }
        }
        if (format == "json")
        {
            context.Out.WriteLine(FindingJson.Write(all));
        }
        else if (format == "sarif")
        {
            context.Out.WriteLine(SarifWriter.Write(all));
        }
        return exit.Code;
    }

    /// <summary>What reading found (in file order), then the analysis of the rules as read, by rule.</summary>
    public static IReadOnlyList<SourceFinding> Findings(PolicyDocument document, KubernetesVersion version, IReadOnlyList<DetectionInfo>? detections = null)
    {
        var findings = document.Findings.ToList();
        if (document.Policy is { Rules.Count: > 0 } policy)
        {
            findings.AddRange(PolicyAnalysis.Analyze(policy, version).Select(document.Place));
        }
        // PK2010 asks what the apiserver would log, so only of a policy it would load.
        if (detections is not null && PolicyLoader.Loadable(document) is { } loadable)
        {
            findings.AddRange(DetectionFindings.Check(document, loadable, detections, version));
        }
        return findings.OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ToList();
    }

    private static string Summary(string name, PolicyDocument document, IReadOnlyList<SourceFinding> findings)
    {
        if (document.Policy is null)
        {
            return $"{name}: not analysed: the file is no policy";
        }
        var counts = findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key)
            .Select(g => FindingJson.Plural(g.Count(), FindingJson.SeverityName(g.Key)));
        var text = string.Join(", ", counts);
        return $"{name}: {FindingJson.Plural(document.Policy.Rules.Count, "rule")}, {(text.Length == 0 ? "no findings" : text)}";
    }
}
