using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PolicyKit.Cli.Assemblies;
using PolicyKit.Cli.Events;
using PolicyKit.Cli.IO;
using PolicyKit.Detection;
using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit detect [--rules DLL] [--format json|text] LOG...</c>: runs detection rules (the built-in
/// pack, or the rules of a built assembly) over audit logs and prints one alert per match.
/// </summary>
internal static class DetectCommand
{
    public static Command Create(CliContext context)
    {
        var logs = new Argument<string[]>("LOG")
        {
            Description = "Audit logs: JSON lines of Event, EventList documents, v1 or v1beta1; .gz read transparently; '-' reads stdin as it arrives; a directory reads its rotated set, oldest first.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rules = new Option<string?>("--rules", "-r")
        {
            Description = "A built assembly with [DetectionRules] classes: run its rules instead of the built-in pack.",
            HelpName = "DLL",
        };
        var format = CommonOptions.FormatOption("json", "text");
        var allow = new Option<string[]>("--allow")
        {
            Description = "Add a value to a named allow-list of the rules, e.g. --allow secret-readers=system:serviceaccount:backup:velero (repeatable).",
            HelpName = "LIST=VALUE",
            AllowMultipleArgumentsPerToken = false,
        };
        var interpret = new Option<bool>("--interpret")
        {
            Description = "Run the rules' IR through the interpreter instead of their compiled methods (for comparing the two).",
        };
        var reading = new EventOptions();
        var command = new Command("detect",
            "Run detection rules over audit logs. Prints one alert per line (JSON by default), in log order whatever --threads:\n" +
            "{\"rule\":\"pod-exec\",\"title\":\"...\",\"severity\":\"medium\",\"mitre\":\"T1609\",\"auditID\":\"...\",\"timestamp\":\"...\",\"user\":\"...\",\"verb\":\"create\",\"objectRef\":{...},\"sourceIPs\":[...],\"reason\":\"...\"}\n" +
            "A windowed rule's alert (one per burst) adds \"burst\":{\"countBy\":...,\"key\":...,\"count\":...,\"windowSeconds\":...}.\n" +
            "Values longer than 1024 characters are cut with a marker; text output escapes control characters.\n" +
            "A summary per rule goes to stderr. Lines that are not events are reported with their line numbers and skipped.\n" +
            "Exit codes: 0 no alerts, 1 alerts or skipped lines, 2 bad usage or an input that could not be read whole.")
        {
            logs, rules, format, allow, interpret,
        };
        reading.AddTo(command);
        command.SetAction(parse =>
        {
            var inputs = reading.Inputs(parse, context, parse.GetValue(logs) ?? [], null, false, out var following);
            using (following)
            {
                return Run(context, inputs, reading.Read(parse), parse.GetValue(rules), parse.GetValue(format) == "json", parse.GetValue(allow) ?? [], parse.GetValue(interpret), following);
            }
        });
        return command;
    }

    private static int Run(CliContext context, IReadOnlyList<LogInput> inputs, EventReadOptions options, string? rulesDll, bool json, string[] allow, bool interpret, LogFollowing? following)
    {
        using var loaded = rulesDll is null ? null : CompiledDetections.Load(rulesDll);
        var rules = loaded?.Rules ?? BuiltInDetections.Detections;
        var additions = Additions(allow, rules);
        var mode = interpret ? DetectionMode.Interpreted : DetectionMode.Compiled;
        var windows = new WindowedAlerts(rules);
        var writer = new AlertWriter(json);
        var perRule = new Dictionary<DetectionRule, int>();
        long alerts = 0;
        var summary = LogRun.Read<MatchBatch>(context, inputs, options, () => new MatchWorker(new DetectionEngine(rules, mode, additions)), batch =>
        {
            foreach (var match in batch.Matches)
            {
                if (windows.Raise(match) is { } alert)
                {
                    alerts++;
                    perRule[alert.Rule] = perRule.TryGetValue(alert.Rule, out var n) ? n + 1 : 1;
                    writer.Write(alert, batch.Output);
                }
            }
        }, () => $", {alerts} alerts", following);
        foreach (var pair in perRule.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Id, StringComparer.Ordinal))
        {
            context.Error.WriteLine($"{pair.Key.Id}: {pair.Value} alert(s) [{pair.Key.Info.Severity.ToString().ToLowerInvariant()}] {pair.Key.Info.Title}");
        }
        context.Error.WriteLine($"{summary.Events} event(s), {alerts} alert(s) from {rules.Count} rules"
            + (summary.Skipped > 0 ? $", {summary.Skipped} input value(s) skipped (not audit events)" : "")
            + (summary.FailedInputs > 0 ? $", {summary.FailedInputs} input(s) not read whole" : ""));
        return LogRun.ExitCode(summary, findings: alerts > 0);
    }

    /// <summary>The --allow additions; a list no rule consults is an error (a typo would silently allow nothing).</summary>
    internal static AllowListAdditions Additions(string[] allow, IReadOnlyList<DetectionRule> rules)
    {
        var additions = new AllowListAdditions();
        if (allow.Length == 0)
        {
            return additions;
        }
        var known = rules.SelectMany(r => AllowListUse.Names(r.Info.Condition)).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
        foreach (var a in allow)
        {
            var eq = a.IndexOf('=');
            if (eq <= 0)
            {
                throw new InputException($"--allow {a}: write it as LIST=VALUE");
            }
            var name = a.Substring(0, eq);
            if (!known.Contains(name))
            {
                var suggestion = Text.EditDistance.Suggest(name, known);
                throw new InputException($"--allow {a}: no rule uses an allow-list called \"{name}\"" + (suggestion is null ? "" : $"; did you mean \"{suggestion}\"?") + $" (lists: {string.Join(", ", known)})");
            }
            additions.Add(name, a.Substring(eq + 1));
        }
        return additions;
    }

    /// <summary>A batch's rule matches, in log order, for the windowed rules to count and the writer to write.</summary>
    private sealed class MatchBatch : BatchResult
    {
        public List<RuleMatch> Matches { get; } = new();

        public override void Clear()
        {
            base.Clear();
            Matches.Clear();
        }
    }

    /// <summary>One thread's engine: records each match with what its alert needs.</summary>
    private sealed class MatchWorker(DetectionEngine engine) : IEventWorker<MatchBatch>
    {
        private readonly EventDecoder _decoder = new();
        private MatchBatch? _into;
        private Action<PolicyKit.Events.Utf8AuditEvent, List<DetectionRule>>? _onMatches;

        public void Process(in PolicyKit.Events.Framing.FramedValue value, MatchBatch into)
        {
            _into = into;
            engine.Process(value, _decoder, into, _onMatches ??= OnMatches);
        }

        private void OnMatches(PolicyKit.Events.Utf8AuditEvent e, List<DetectionRule> matches)
        {
            foreach (var rule in matches)
            {
                _into!.Matches.Add(WindowedAlerts.Matched(rule, e));
            }
        }
    }
}
