using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using PolicyKit.Cli.Assemblies;
using PolicyKit.Cli.Events;
using PolicyKit.Cli.IO;
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
        var command = new Command("evaluate",
            "Decide each recorded event's request with a policy (a YAML file, or the compiled matcher of a built policy assembly), as kube-apiserver would. Prints one JSON line per event:\n" +
            "{\"auditID\":\"...\",\"level\":\"Metadata\",\"omitStages\":[\"RequestReceived\"],\"omitManagedFields\":false,\"rule\":3}\n" +
            "rule is the 0-based index of the deciding rule, or null. Lines that are not Events are reported on stderr and skipped (exit 1).")
        {
            policy, assembly, events, version,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(assembly) is null && result.GetValue(policy) is null)
            {
                result.AddError("give --policy POLICY.yaml, or --assembly DLL");
            }
        });
        command.SetAction(parse => parse.GetValue(assembly) is { } dll
            ? RunCompiled(context, dll, parse.GetValue(policy), parse.GetValue(events)!)
            : Run(context, parse.GetValue(policy)!, parse.GetValue(events)!, parse.GetValue(version)));
        return command;
    }

    /// <summary>Evaluates with the compiled matcher of a built policy assembly.</summary>
    private static int RunCompiled(CliContext context, string dll, string? policyName, string[] eventPaths)
    {
        using var compiled = CompiledPolicy.Load(dll, policyName);
        return Replay(context, eventPaths, request => compiled.Evaluate(request));
    }

    private static int Run(CliContext context, string policyPath, string[] eventPaths, KubernetesVersion version)
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
        return Replay(context, eventPaths, request => evaluator.Evaluate(request));
    }

    /// <summary>Decides every event of every input in order, one JSON line each.</summary>
    private static int Replay(CliContext context, string[] eventPaths, System.Func<AuditRequest, AuditDecision> decide)
    {
        var bad = 0;
        var buffer = new ArrayBufferWriter<byte>();
        using var output = new Utf8JsonWriter(buffer);
        foreach (var path in eventPaths)
        {
            bad += AuditLogReader.Read(path, context,
                e => WriteDecision(output, buffer, context, e.AuditId, decide(e.ToRequest())),
                context.Error.WriteLine);
        }
        context.Out.Flush();
        if (bad > 0)
        {
            context.Error.WriteLine($"{bad} input line(s) were not audit events and were skipped");
            return ExitCodes.Findings;
        }
        return ExitCodes.Success;
    }

    private static void WriteDecision(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, CliContext context, string? auditId, AuditDecision decision)
    {
        json.WriteStartObject();
        if (auditId is null)
        {
            json.WriteNull("auditID");
        }
        else
        {
            json.WriteString("auditID", auditId);
        }
        json.WriteString("level", decision.Level.ToName());
        json.WriteStartArray("omitStages");
        foreach (var stage in decision.OmitStages.Enumerate())
        {
            json.WriteStringValue(stage.ToName());
        }
        json.WriteEndArray();
        json.WriteBoolean("omitManagedFields", decision.OmitManagedFields);
        if (decision.Rule is { } rule)
        {
            json.WriteNumber("rule", rule);
        }
        else
        {
            json.WriteNull("rule");
        }
        json.WriteEndObject();
        json.Flush();
        context.Out.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        context.Out.Write('\n');
        buffer.Clear();
        json.Reset();
    }
}
