using System;
using System.Collections.Generic;
using System.CommandLine;
using PolicyKit.Cli.Events;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Usage;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit evaluate --policy POLICY --events LOG...</c>: replays recorded events through a policy
/// and prints, per event and in input order, the decision the apiserver would make.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var policy = new Option<string?>("--policy", "-p")
        {
            Description = "The audit policy (YAML or JSON; '-' reads stdin). With --assembly: the name or class of a policy in it (optional when it holds one).",
            HelpName = "POLICY",
        };
        var assembly = new Option<string?>("--assembly", "-a")
        {
            Description = "A built policy assembly: evaluate with its compiled matcher instead of a YAML policy.",
            HelpName = "DLL",
        };
        var events = new Option<string[]>("--events", "-e")
        {
            Description = "Audit logs: JSON lines of Event, EventList documents, v1 or v1beta1; '-' reads stdin; .gz is read transparently.",
            HelpName = "EVENTS",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var version = CommonOptions.KubernetesVersionOption();
        var reading = new EventOptions();
        var command = new Command("evaluate",
            "Decide each recorded event's request with a policy (a YAML file, or the compiled matcher of a built policy assembly), as kube-apiserver would. Prints one JSON line per event:\n" +
            "{\"auditID\":\"...\",\"level\":\"Metadata\",\"omitStages\":[\"RequestReceived\"],\"omitManagedFields\":false,\"rule\":3}\n" +
            "rule is the 0-based index of the deciding rule, or null. Output is in input order, whatever --threads.\n" +
            "Lines that are not Events are reported on stderr with their line numbers and skipped.")
        {
            policy, assembly, events, version,
        };
        CommandHelp.ExitCodes(command, "0 every event decided", "1 some input skipped (not an event)", "2 bad usage, unreadable policy or an input that could not be read whole (corrupt or truncated gzip)");
        reading.AddTo(command);
        PolicyDecider.RequireOne(command, policy, assembly);
        command.SetAction(parse =>
        {
            var policyPath = parse.GetValue(policy);
            var dll = parse.GetValue(assembly);
            // Inputs first: a second stdin is a usage error before anything is read.
            var inputs = reading.Inputs(parse, context, parse.GetValue(events) ?? [], dll is null && policyPath == InputFiles.Stdin ? "--policy -" : null, false, out var following);
            using (following)
            {
                var options = reading.Read(parse);
                using var decider = PolicyDecider.Load(context, policyPath, dll, parse.GetValue(version));
                return decider is null ? ExitCodes.Usage : Replay(context, inputs, options, decider.Decide, following);
            }
        });
        return command;
    }

    /// <summary>Decides every event of every input, one JSON line each, in input order.</summary>
    private static int Replay(CliContext context, IReadOnlyList<LogInput> inputs, EventReadOptions options, Func<AuditRequest, AuditDecision> decide, LogFollowing? following)
    {
        var summary = LogRun.Read(context, inputs, options, () => new DecisionWriter(decide), _ => { }, following: following);
        if (summary.Skipped > 0)
        {
            context.Error.WriteLine($"{summary.Skipped} input value(s) were not audit events and were skipped");
        }
        return LogRun.ExitCode(summary, findings: false);
    }
}
