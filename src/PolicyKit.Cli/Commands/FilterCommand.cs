using System.CommandLine;
using PolicyKit.Cli.Events;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Usage;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit filter --policy POLICY LOG...</c>: applies a policy to recorded events after the fact, as the
/// apiserver would have applied it when writing them (the policy for clusters that cannot set one), and writes
/// the events it would have written as audit.k8s.io/v1 JSON lines. A pipeline stage: stdin to stdout by default.
/// </summary>
internal static class FilterCommand
{
    public static Command Create(CliContext context)
    {
        var logs = new Argument<string[]>("LOG")
        {
            Description = "Audit logs in any supported format (audit.k8s.io, GKE, EKS, AKS); .gz read transparently; a directory reads its rotated set. Default: '-', stdin, read as it arrives.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var policy = new Option<string?>("--policy", "-p")
        {
            Description = "The audit policy to apply (YAML or JSON). With --assembly: the name or class of a policy in it (optional when it holds one).",
            HelpName = "POLICY",
        };
        var assembly = new Option<string?>("--assembly", "-a")
        {
            Description = "A built policy assembly: decide with its compiled matcher instead of a YAML policy.",
            HelpName = "DLL",
        };
        var version = CommonOptions.KubernetesVersionOption();
        var outputFormat = new Option<string>("--output-format")
        {
            Description = "audit: audit.k8s.io/v1 JSON lines (the default); same: each kept event in the shape it came in (raw events, EventLists, EKS and AKS records and their lists, GKE entries, AKSAudit rows; dropped events taken out, a list left empty dropped; one value per line).",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "audit",
        };
        outputFormat.AcceptOnlyFromAmong("audit", "same");
        var reading = new EventOptions();
        var command = new Command("filter",
            "Apply a policy to recorded events as kube-apiserver would have applied it when writing them: events the policy logs at None and\n" +
            "events of omitted stages are dropped; requestObject is kept from level Request, responseObject at RequestResponse; managedFields are\n" +
            "taken out of the bodies where omitManagedFields says so. Writes audit.k8s.io/v1 JSON lines to stdout, in input order; counts go to stderr.\n" +
            "Filter a log recorded at RequestResponse (or a cloud's log at its level) to see what a policy would keep.")
        {
            logs, policy, assembly, version, outputFormat,
        };
        CommandHelp.ExitCodes(command, "0 every value read", "1 some input values were no events", "2 bad usage, a policy the apiserver would refuse, or an input not read whole");
        reading.AddTo(command);
        PolicyDecider.RequireOne(command, policy, assembly);
        command.SetAction(parse =>
        {
            var policyPath = parse.GetValue(policy);
            var dll = parse.GetValue(assembly);
            var inputs = reading.Inputs(parse, context, parse.GetValue(logs) ?? [], dll is null && policyPath == InputFiles.Stdin ? "--policy -" : null, true, out var following);
            using var stopFollowing = following;
            var options = reading.Read(parse);
            using var decider = PolicyDecider.Load(context, policyPath, dll, parse.GetValue(version));
            if (decider is null)
            {
                return ExitCodes.Usage;
            }
            long kept = 0, none = 0, stage = 0, below = 0;
            var summary = LogRun.Read<FilterBatch>(context, inputs, options, () => new FilterWriter(decider.Decide, parse.GetValue(outputFormat) == "same"), batch =>
            {
                kept += batch.Kept;
                none += batch.DroppedNone;
                stage += batch.DroppedStage;
                below += batch.BelowLevel;
            }, () => $", {kept} kept", following);
            context.Error.WriteLine($"filter: {summary.Events} event(s) read, {kept} written, {none} dropped (level None), {stage} dropped (omitted stage)"
                + (below > 0 ? $"; {below} recorded below the policy's level, written at their own level (the log lacks their bodies)" : "")
                + (summary.Skipped > 0 ? $"; {summary.Skipped} input value(s) skipped (not audit events)" : ""));
            return LogRun.ExitCode(summary, findings: false);
        });
        return command;
    }
}
