using System;
using System.Collections.Generic;
using System.CommandLine;
using PolicyKit.Cli.Assemblies;
using PolicyKit.Cli.Events;
using PolicyKit.Cli.IO;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;
using PolicyKit.Validation;

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
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var version = CommonOptions.KubernetesVersionOption();
        var reading = new EventOptions();
        var command = new Command("evaluate",
            "Decide each recorded event's request with a policy (a YAML file, or the compiled matcher of a built policy assembly), as kube-apiserver would. Prints one JSON line per event:\n" +
            "{\"auditID\":\"...\",\"level\":\"Metadata\",\"omitStages\":[\"RequestReceived\"],\"omitManagedFields\":false,\"rule\":3}\n" +
            "rule is the 0-based index of the deciding rule, or null. Output is in input order, whatever --threads.\n" +
            "Lines that are not Events are reported on stderr with their line numbers and skipped.\n" +
            "Exit codes: 0 every event decided, 1 some input skipped (not an event), 2 bad usage, unreadable policy or an input that could not be read whole (corrupt or truncated gzip).")
        {
            policy, assembly, events, version,
        };
        reading.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(assembly) is null && result.GetValue(policy) is null)
            {
                result.AddError("give --policy POLICY.yaml, or --assembly DLL");
            }
        });
        command.SetAction(parse =>
        {
            var policyPath = parse.GetValue(policy);
            var dll = parse.GetValue(assembly);
            // Inputs first: a second stdin is a usage error before anything is read.
            var inputs = LogRun.Inputs(context, parse.GetValue(events)!, dll is null && policyPath == InputFiles.Stdin ? "--policy -" : null);
            var options = reading.Read(parse);
            return dll is not null
                ? RunCompiled(context, dll, policyPath, inputs, options)
                : Run(context, policyPath!, inputs, options, parse.GetValue(version));
        });
        return command;
    }

    /// <summary>Evaluates with the compiled matcher of a built policy assembly.</summary>
    private static int RunCompiled(CliContext context, string dll, string? policyName, IReadOnlyList<LogInput> inputs, EventReadOptions options)
    {
        using var compiled = CompiledPolicy.Load(dll, policyName);
        return Replay(context, inputs, options, request => compiled.Evaluate(request));
    }

    private static int Run(CliContext context, string policyPath, IReadOnlyList<LogInput> inputs, EventReadOptions options, KubernetesVersion version)
    {
        var document = PolicyLoader.Load(policyPath, version, context);
        var name = InputFiles.DisplayName(policyPath);
        foreach (var f in document.Findings)
        {
            if (f.Severity != Severity.Info)
            {
                context.Error.WriteLine(f.Format(name));
            }
        }
        var policy = PolicyLoader.Loadable(document);
        if (policy is null)
        {
            context.Error.WriteLine($"error: {name}: kube-apiserver would refuse this policy; fix the errors above (policykit validate {name})");
            return ExitCodes.Usage;
        }

        var evaluator = new PolicyEvaluator(policy, version);
        return Replay(context, inputs, options, request => evaluator.Evaluate(request));
    }

    /// <summary>Decides every event of every input, one JSON line each, in input order.</summary>
    private static int Replay(CliContext context, IReadOnlyList<LogInput> inputs, EventReadOptions options, Func<AuditRequest, AuditDecision> decide)
    {
        var summary = LogRun.Read(context, inputs, options, () => new DecisionWriter(decide), _ => { });
        if (summary.Skipped > 0)
        {
            context.Error.WriteLine($"{summary.Skipped} input value(s) were not audit events and were skipped");
        }
        return LogRun.ExitCode(summary, findings: false);
    }
}
