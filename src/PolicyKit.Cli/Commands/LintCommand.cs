using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PolicyKit.Analysis;
using PolicyKit.Detection;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Lint;
using PolicyKit.Cli.Sarif;
using PolicyKit.Cli.Usage;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit lint POLICY...</c>: validation plus every PK1nnn analysis, each finding at the YAML node it is
/// about and, where it is about requests, with a witness request; suppressions in comments and a baseline file.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliContext context)
    {
        var files = PolicyLoader.FilesArgument();
        var version = CommonOptions.KubernetesVersionOption();
        var format = CommonOptions.FormatOption("text", "json", "sarif", "junit", "github");
        var detections = new Option<string?>("--detections", "-d")
        {
            Description = "Also check that the policy logs what each detection reads (PK2010): 'builtin' for the built-in pack, or a built assembly with [DetectionRules] classes.",
            HelpName = "builtin|DLL",
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "The lowest severity that fails the run (exit 1): error, warning or info.",
            HelpName = "SEVERITY",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Hide the findings this baseline file holds (written by --write-baseline); entries no finding matches any more are reported.",
            HelpName = "FILE",
        };
        var writeBaseline = new Option<string?>("--write-baseline")
        {
            Description = "Write the findings not suppressed by a comment to this baseline file, and hide them.",
            HelpName = "FILE",
        };
        var command = new Command("lint",
            "Analyse audit policies: unreachable and redundant rules, credentials logged with their bodies, secrets and CIS 3.2.2 " +
            "coverage gaps, stages, and rules that cannot match what they say — each claim about requests with a witness request.\n" +
            "Suppress a finding with a comment on (or directly above) its rule: # policykit:ignore PK1011 -- reason.")
        {
            files, version, format, detections, failOn, baseline, writeBaseline, Fix,
        };
        CommandHelp.ExitCodes(command, "0 no finding at or above --fail-on (suppressed ones aside)", "1 some", "2 usage or I/O error, or a file that is no policy");
        command.SetAction(parse =>
        {
            var exit = new ExitStatus();
            if (parse.GetValue(Fix))
            {
                PolicyKit.Cli.Fix.LintFix.Apply(context, parse.GetValue(files)!, parse.GetValue(version), exit);
            }
            var code = Run(context, parse.GetValue(files)!, parse.GetValue(version), parse.GetValue(format)!, parse.GetValue(detections),
                Severities.Parse(parse.GetValue(failOn)!), parse.GetValue(baseline), parse.GetValue(writeBaseline));
            return System.Math.Max(code, exit.Code);
        });
        return command;
    }

    private static readonly Option<bool> Fix = new("--fix")
    {
        Description = "First fix in place what is safe to fix (fields the apiserver drops as typos: verb: -> verbs:, ...; unreachable rules), keeping comments; then lint what remains.",
    };

    private static int Run(CliContext context, string[] paths, KubernetesVersion version, string format, string? detectionSource, Severity failOn, string? baselinePath, string? writeBaseline)
    {
        var cwd = Directory.GetCurrentDirectory();
        var exit = new ExitStatus();
        var baseline = baselinePath is null ? null : Baseline.Read(baselinePath);
        var detections = detectionSource is null ? null : DetectionFindings.Load(detectionSource);
        var notifications = new List<ToolNotification>();
        var files = new List<LintedFile>();
        foreach (var (name, document) in PolicyLoader.LoadAll(paths, version, context, exit, (file, message) => notifications.Add(new ToolNotification(file, message))))
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
                notifications.Add(new ToolNotification(name, ex.Message));
                exit.Raise(ExitCodes.Usage);
                findings = document.Findings;
            }
            var inline = InlineSuppressions.Read(document);
            var fingerprint = new FindingFingerprint(document);
            var linted = findings.Concat(inline.Problems).OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column)
                .Select(f => new LintedFinding(name, f, fingerprint.Of(f)) { Suppression = inline.Of(f) })
                .Select(f => f.Suppression is null && baseline?.Of(f, cwd) is { } s ? f with { Suppression = s } : f)
                .ToList();
            files.Add(new LintedFile(name, document, linted));
        }
        if (writeBaseline is not null)
        {
            var accepted = files.SelectMany(f => f.Findings).Where(f => f.Suppression is not { Kind: SuppressionKind.InSource }).ToList();
            Baseline.Write(writeBaseline, accepted, cwd);
            context.Error.WriteLine($"wrote {writeBaseline} ({FindingJson.Plural(accepted.Count, "finding")})");
            files = files.Select(f => f with { Findings = f.Findings.Select(l => l.Suppression is null ? l with { Suppression = new Suppression(SuppressionKind.External, "in the baseline") } : l).ToList() }).ToList();
        }
        foreach (var stale in baseline?.Unmatched ?? [])
        {
            context.Error.WriteLine($"warning: {baselinePath}: {stale.File}: {stale.Id} is no longer found ({stale.Message}); lint --write-baseline {baselinePath} drops it");
        }
        foreach (var file in files)
        {
            if (file.Document.IsUnreadable)
            {
                exit.Raise(ExitCodes.Usage);
            }
            else if (file.Findings.Any(f => f.Suppression is null && f.Finding.Severity >= failOn))
            {
                exit.Raise(ExitCodes.Findings);
            }
        }
        Write(context, format, files, failOn, exit.Code, notifications, cwd);
        return exit.Code;
    }

    private static void Write(CliContext context, string format, IReadOnlyList<LintedFile> files, Severity failOn, int exitCode, IReadOnlyList<ToolNotification> notifications, string cwd)
    {
        var all = files.SelectMany(f => f.Findings).ToList();
        switch (format)
        {
            case "json":
                context.Out.WriteLine(FindingJson.Write(all));
                break;
            case "sarif":
                context.Out.WriteLine(SarifWriter.Write(all, exitCode, notifications, cwd));
                break;
            case "junit":
                context.Out.WriteLine(LintCiReports.JUnit(files, failOn));
                break;
            case "github":
                foreach (var line in LintCiReports.GitHub(files))
                {
                    context.Out.WriteLine(line);
                }
                break;
            default:
                foreach (var file in files)
                {
                    foreach (var f in file.Findings.Where(f => f.Suppression is null))
                    {
                        context.Out.WriteLine(f.Finding.Format(file.Name));
                    }
                    context.Out.WriteLine(Summary(file));
                }
                break;
        }
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

    private static string Summary(LintedFile file)
    {
        if (file.Document.Policy is null)
        {
            return $"{file.Name}: not analysed: the file is no policy";
        }
        var shown = file.Findings.Where(f => f.Suppression is null).ToList();
        var counts = shown.GroupBy(f => f.Finding.Severity).OrderByDescending(g => g.Key)
            .Select(g => FindingJson.Plural(g.Count(), FindingJson.SeverityName(g.Key)));
        var text = string.Join(", ", counts);
        var suppressed = file.Findings.Count - shown.Count;
        return $"{file.Name}: {FindingJson.Plural(file.Document.Policy.Rules.Count, "rule")}, {(text.Length == 0 ? "no findings" : text)}"
            + (suppressed > 0 ? $" ({suppressed} suppressed)" : "");
    }
}
