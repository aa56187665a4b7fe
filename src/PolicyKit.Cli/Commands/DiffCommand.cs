using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PolicyKit.Cli.Events;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;
using PolicyKit.Events.Replay;
using PolicyKit.Events.Replay.Reports;
using PolicyKit.Analysis;
using PolicyKit.Cli.Assemblies;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Usage;
using PolicyKit.Diff;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit diff OLD [NEW]</c>: the exact set of requests whose decision changes between two policies (YAML, JSON,
/// stdin, or a built policy assembly), as regions with their old → new outcome, deciding rules and a witness request.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var old = new Argument<string>("OLD") { Description = "The old policy: YAML or JSON, '-' for stdin (e.g. git show main:audit-policy.yaml | policykit diff - NEW), or a built policy assembly (.dll)." };
        var @new = new Argument<string?>("NEW") { Description = "The new policy, as OLD. Left out with --assembly, or to compare OLD with itself across --from-version/--to-version.", Arity = ArgumentArity.ZeroOrOne };
        var assembly = new Option<string?>("--assembly", "-a") { Description = "A built policy assembly as the new policy (instead of NEW).", HelpName = "DLL" };
        var policy = new Option<string?>("--policy", "-p") { Description = "The name or class of the policy in an assembly (optional when it holds one).", HelpName = "NAME" };
        var version = CommonOptions.KubernetesVersionOption();
        var from = CommonOptions.VersionOption("--from-version", "The apiserver version for OLD (default: --kubernetes-version): diff across an upgrade.");
        var to = CommonOptions.VersionOption("--to-version", "The apiserver version for NEW (default: --kubernetes-version).");
        var format = CommonOptions.FormatOption("text", "json", "markdown");
        var events = SimulateCommand.EventsOption(required: false);
        events.Description = "Also replay these audit logs through both policies: events per old -> new level and deciding rule, the top changed users and resources, and the change in volume and cost (as simulate OLD NEW).";
        var price = SimulateCommand.PriceOption();
        var reading = new EventOptions();
        var command = new Command("diff",
            "The exact set of requests whose decision (level, omitted stages, omitManagedFields) changes from OLD to NEW, as a few regions, " +
            "each with its old → new decision, the rules that decide it on each side and a witness request. Equivalent policies report nothing.")
        {
            old, @new, assembly, policy, version, from, to, format, events, price,
        };
        CommandHelp.ExitCodes(command, "0 no change", "1 changes", "2 usage or I/O error or a policy the apiserver refuses");
        reading.AddTo(command, follow: false);
        command.Validators.Add(result =>
        {
            if (result.GetValue(@new) is not null && result.GetValue(assembly) is not null)
            {
                result.AddError("give NEW or --assembly DLL, not both");
            }
            if (result.GetValue(old) == InputFiles.Stdin && result.GetValue(@new) == InputFiles.Stdin)
            {
                result.AddError("only one of OLD and NEW can read stdin");
            }
        });
        command.SetAction(parse =>
        {
            var fallback = parse.GetValue(version);
            var versions = new DiffVersions(
                parse.GetResult(from) is null ? fallback : parse.GetValue(from),
                parse.GetResult(to) is null ? fallback : parse.GetValue(to));
            var oldFile = parse.GetValue(old)!;
            var newFile = parse.GetValue(assembly) ?? parse.GetValue(@new);
            if (newFile is null && versions.Old == versions.New)
            {
                throw new InputException("give NEW (or --assembly DLL), or compare OLD with itself across --from-version and --to-version");
            }
            var logs = parse.GetValue(events) is { Length: > 0 } given ? new DiffEvents(LogRun.Inputs(context, given,
                oldFile == InputFiles.Stdin || newFile == InputFiles.Stdin ? "a policy '-'" : null), reading.Read(parse), SimulateCommand.Prices(parse.GetValue(price))) : null;
            return Run(context, oldFile, newFile ?? oldFile, parse.GetValue(policy), versions, parse.GetValue(format)!, logs);
        });
        return command;
    }

    /// <summary>What --events asks for: the logs to replay through both sides, and the prices of the cost delta.</summary>
    private sealed record DiffEvents(IReadOnlyList<LogInput> Inputs, EventReadOptions Options, IReadOnlyList<IngestionPrice> Prices);

    private static int Run(CliContext context, string oldFile, string newFile, string? policyName, DiffVersions versions, string format, DiffEvents? logs)
    {
        // Across an upgrade both files are read as the newer apiserver reads them: the point is what a policy written for it
        // (group: "*") meant to the older one, which would refuse the file; that is said on stderr.
        var loadAt = versions.Old > versions.New ? versions.Old : versions.New;
        var old = Side(context, oldFile, policyName, loadAt);
        // The same stdin cannot be read twice: comparing '-' with itself across versions reuses the side.
        var @new = newFile == oldFile && oldFile == InputFiles.Stdin ? old : Side(context, newFile, policyName, loadAt);
        if (old is null || @new is null)
        {
            return ExitCodes.Usage;
        }
        WarnIfRefused(context, old, versions.Old);
        WarnIfRefused(context, @new, versions.New);
        PolicyDiffReport report;
        try
        {
            report = PolicyDiffReport.Compare(old, @new, versions);
        }
        catch (Exception ex) when (ex is AnalysisDefectException or DiffBudgetExceededException)
        {
            context.Error.WriteLine("error: " + ex.Message);
            return ExitCodes.Usage;
        }
        if (logs is null)
        {
            context.Out.Write(format switch
            {
                "json" => DiffJsonWriter.Write(report),
                "markdown" => DiffMarkdownWriter.Write(report),
                _ => DiffTextWriter.Write(report),
            });
            return report.ExitCode;
        }
        // Both sides decided by the reference evaluator at their version (a built assembly's matcher is held equal to it).
        ReplaySide[] sides = [ReplaySide.Evaluated(old.Name, old.Policy, versions.Old), ReplaySide.Evaluated(@new.Name, @new.Policy, versions.New)];
        var (replay, summary) = SimulateCommand.Replay(context, sides, logs.Inputs, logs.Options, logs.Prices, BodySizeModel.Default);
        context.Out.Write(format switch
        {
            "json" => DiffEventsWriter.Json(DiffJsonWriter.Write(report), replay),
            "markdown" => DiffMarkdownWriter.Write(report) + "\n" + SimulateMarkdownWriter.Write(replay),
            _ => DiffTextWriter.Write(report) + "\n" + SimulateTextWriter.WriteChanges(replay),
        });
        return summary.FailedInputs > 0 ? ExitCodes.Usage : report.ExitCode;
    }

    private static void WarnIfRefused(CliContext context, DiffSide? side, KubernetesVersion version)
    {
        if (side is not null && Validation.PolicyValidator.Validate(side.Policy, version).FirstOrDefault(f => f.Severity == Validation.Severity.Error) is { } refused)
        {
            context.Error.WriteLine($"warning: {side.Name}: Kubernetes {version} would refuse this policy ({refused}); its decisions are shown as that version's matcher reads the rules");
        }
    }

    /// <summary>One side, or null after reporting why the apiserver would refuse it (each problem at file:line:col).</summary>
    private static DiffSide? Side(CliContext context, string file, string? policyName, KubernetesVersion version)
    {
        if (file.EndsWith(".dll", System.StringComparison.OrdinalIgnoreCase))
        {
            var (name, compiled) = CompiledPolicyModel.Load(file, policyName);
            return new DiffSide(name, compiled);
        }
        var display = InputFiles.DisplayName(file);
        var document = PolicyLoader.Load(file, version, context);
        if (PolicyLoader.Loadable(document) is not { } policy)
        {
            foreach (var finding in document.Findings)
            {
                context.Error.WriteLine(finding.Format(display));
            }
            context.Error.WriteLine($"error: {display}: the apiserver would refuse this policy; nothing compared");
            return null;
        }
        // Fields the apiserver drops (it warns and loads the rest): said on stderr, the rest is compared.
        foreach (var finding in document.Findings.Where(f => f.Severity == Validation.Severity.Error))
        {
            context.Error.WriteLine(finding.Format(display));
        }
        return new DiffSide(display, policy);
    }
}
