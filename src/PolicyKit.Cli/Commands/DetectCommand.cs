using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PolicyKit.Cli.Assemblies;
using PolicyKit.Cli.Detect;
using PolicyKit.Cli.Events;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Usage;
using PolicyKit.Detection;
using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;
using PolicyKit.Detections.Tuning;
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
        var format = CommonOptions.FormatOption(AlertOutputs.Formats);
        var allow = new Option<string[]>("--allow")
        {
            Description = "Add a value to a named allow-list of the rules, e.g. --allow secret-readers=system:serviceaccount:backup:velero (repeatable).",
            HelpName = "LIST=VALUE",
            AllowMultipleArgumentsPerToken = false,
        };
        var exceptions = new Option<string?>("--exceptions")
        {
            Description = "A tuning file (YAML): exceptions per rule, allow-list entries, windows, enable/disable (docs/detections.md, \"Tuning file\").",
            HelpName = "FILE",
        };
        var enable = new Option<string[]>("--enable") { Description = "Run only these rules: an id or tag:NAME (repeatable).", HelpName = "RULE|tag:TAG" };
        var disable = new Option<string[]>("--disable") { Description = "Do not run these rules: an id or tag:NAME (repeatable).", HelpName = "RULE|tag:TAG" };
        var threshold = new Option<string[]>("--threshold") { Description = "A windowed rule's threshold, e.g. --threshold forbidden-burst=50 (repeatable).", HelpName = "RULE=N" };
        var window = new Option<string[]>("--window") { Description = "A windowed rule's window in seconds, e.g. --window forbidden-burst=120 (repeatable).", HelpName = "RULE=SECONDS" };
        var list = new Option<bool>("--list") { Description = "Print the rules (id, severity, MITRE, tags, allow-lists, exceptions) as tuned, and exit." };
        var interpret = new Option<bool>("--interpret")
        {
            Description = "Run the rules' IR through the interpreter instead of their compiled methods (for comparing the two).",
        };
        var policy = new Option<string?>("--policy")
        {
            Description = "The audit policy the logs were written with (YAML or JSON): each alert names the rule that logged its event (\"loggedBy\"). With --assembly: the name or class of a policy in it.",
            HelpName = "POLICY",
        };
        var assembly = new Option<string?>("--assembly")
        {
            Description = "A built policy assembly: alerts name the rule of its compiled policy that logged their events.",
            HelpName = "DLL",
        };
        var version = CommonOptions.KubernetesVersionOption();
        var reading = new EventOptions();
        var command = new Command("detect",
            "Run detection rules over audit logs. Prints one alert per line (JSON by default), in log order whatever --threads:\n" +
            "{\"rule\":\"pod-exec\",\"title\":\"...\",\"severity\":\"medium\",\"mitre\":\"T1609\",\"auditID\":\"...\",\"timestamp\":\"...\",\"user\":\"...\",\"verb\":\"create\",\"objectRef\":{...},\"sourceIPs\":[...],\"reason\":\"...\"}\n" +
            "Each alert has \"evidence\":[{\"path\":...,\"value\":...,\"reason\":...}], what matched and why (never a secret value); with --policy or --assembly, \"loggedBy\":{\"rule\":3,\"name\":...,\"level\":\"Metadata\"}.\n" +
            "A windowed rule's alert (one per burst) adds \"burst\":{\"countBy\":...,\"key\":...,\"count\":...,\"windowSeconds\":...}.\n" +
            "Values longer than 1024 characters are cut with a marker; text output escapes control characters.\n" +
            "A summary per rule goes to stderr. Lines that are not events are reported with their line numbers and skipped.")
        {
            logs, rules, format, allow, exceptions, enable, disable, threshold, window, list, interpret, policy, assembly, version,
        };
        DetectHelp.AddTo(command);
        CommandHelp.ExitCodes(command, "0 no alerts", "1 alerts or skipped lines", "2 bad usage or an input that could not be read whole");
        reading.AddTo(command);
        command.SetAction(parse =>
        {
            var tuning = Tuning(parse.GetValue(exceptions), parse.GetValue(allow) ?? [], parse.GetValue(enable) ?? [], parse.GetValue(disable) ?? [],
                parse.GetValue(threshold) ?? [], parse.GetValue(window) ?? []);
            if (parse.GetValue(list))
            {
                using var loadedRules = parse.GetValue(rules) is { } dll ? CompiledDetections.Load(dll) : null;
                var (listed, _) = Apply(tuning, loadedRules?.Rules ?? BuiltInDetections.Detections);
                context.Out.Write(RuleListWriter.Write(listed, parse.GetValue(format) == "json"));
                return ExitCodes.Success;
            }
            var policyPath = parse.GetValue(policy);
            var policyDll = parse.GetValue(assembly);
            var inputs = reading.Inputs(parse, context, parse.GetValue(logs) ?? [], policyDll is null && policyPath == InputFiles.Stdin ? "--policy -" : null, false, out var following);
            using (following)
            {
                using var decider = policyPath is null && policyDll is null ? null : PolicyDecider.Load(context, policyPath, policyDll, parse.GetValue(version));
                if ((policyPath is not null || policyDll is not null) && decider is null)
                {
                    return ExitCodes.Usage;
                }
                return Run(context, inputs, reading.Read(parse), parse.GetValue(rules), parse.GetValue(format)!, tuning, parse.GetValue(interpret), following, decider);
            }
        });
        return command;
    }

    private static int Run(CliContext context, IReadOnlyList<LogInput> inputs, EventReadOptions options, string? rulesDll, string format, DetectionTuning tuning, bool interpret, LogFollowing? following, PolicyDecider? decider)
    {
        using var loaded = rulesDll is null ? null : CompiledDetections.Load(rulesDll);
        var (rules, additions) = Apply(tuning, loaded?.Rules ?? BuiltInDetections.Detections);
        var mode = interpret ? DetectionMode.Interpreted : DetectionMode.Compiled;
        var windows = new WindowedAlerts(rules);
        var writer = AlertOutputs.Create(format, rules);
        var perRule = new Dictionary<DetectionRule, int>();
        long alerts = 0;
        var summary = LogRun.Read<MatchBatch>(context, inputs, options, () => new MatchWorker(new DetectionEngine(rules, mode, additions), decider), batch =>
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
        }, () => ", " + FindingJson.Plural(alerts, "alert"), following);
        writer.Finish(context.Out);
        foreach (var pair in perRule.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Id, StringComparer.Ordinal))
        {
            context.Error.WriteLine($"{pair.Key.Id}: {pair.Value} alert(s) [{pair.Key.Info.Severity.ToString().ToLowerInvariant()}] {pair.Key.Info.Title}");
        }
        context.Error.WriteLine($"{summary.Events} event(s), {alerts} alert(s) from {FindingJson.Plural(rules.Count, "rule")}"
            + (summary.Skipped > 0 ? $", {summary.Skipped} input value(s) skipped (not audit events)" : "")
            + (summary.FailedInputs > 0 ? $", {summary.FailedInputs} input(s) not read whole" : ""));
        return LogRun.ExitCode(summary, findings: alerts > 0);
    }

    /// <summary>The tuning file, then the command line's --allow, --enable, --disable, --threshold and --window after it.</summary>
    internal static DetectionTuning Tuning(string? file, string[] allow, string[] enable, string[] disable, string[] thresholds, string[] windows)
    {
        DetectionTuning tuning;
        try
        {
            tuning = file is null ? new DetectionTuning() : DetectionTuningFile.Read(file);
        }
        catch (DetectionTuningException e)
        {
            throw new InputException(e.Message);
        }
        foreach (var a in allow)
        {
            var (name, value) = Pair("--allow", a, "LIST=VALUE");
            tuning.Allow.Add((name, value, $"--allow {a}"));
        }
        tuning.Enable.AddRange(enable.Select(x => (x, $"--enable {x}")));
        tuning.Disable.AddRange(disable.Select(x => (x, $"--disable {x}")));
        foreach (var t in thresholds)
        {
            var (rule, n) = Pair("--threshold", t, "RULE=N");
            tuning.Windows.Add((rule, Number("--threshold", t, n), null, $"--threshold {t}"));
        }
        foreach (var w in windows)
        {
            var (rule, n) = Pair("--window", w, "RULE=SECONDS");
            tuning.Windows.Add((rule, null, Number("--window", w, n), $"--window {w}"));
        }
        return tuning;
    }

    /// <summary>The tuned rules; a name no rule knows (a typo would silently change nothing) is a usage error.</summary>
    internal static (IReadOnlyList<DetectionRule> Rules, AllowListAdditions Additions) Apply(DetectionTuning tuning, IReadOnlyList<DetectionRule> rules)
    {
        try
        {
            return tuning.Apply(rules);
        }
        catch (DetectionTuningException e)
        {
            throw new InputException(e.Message);
        }
    }

    private static (string Name, string Value) Pair(string option, string text, string shape)
    {
        var eq = text.IndexOf('=');
        return eq <= 0 ? throw new InputException($"{option} {text}: write it as {shape}") : (text.Substring(0, eq), text.Substring(eq + 1));
    }

    private static int Number(string option, string text, string value)
        => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n : throw new InputException($"{option} {text}: \"{value}\" is no whole number");

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

    /// <summary>One thread's engine: records each match with what its alert needs (and the policy rule that logged it).</summary>
    private sealed class MatchWorker(DetectionEngine engine, PolicyDecider? decider) : IEventWorker<MatchBatch>
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
            var loggedBy = decider is null ? null : LoggingRule.Of(decider.Decide(e.ToRequest()), decider.Model);
            foreach (var rule in matches)
            {
                var match = WindowedAlerts.Matched(rule, e);
                _into!.Matches.Add(loggedBy is null ? match : match with { Event = match.Event with { LoggedBy = loggedBy } });
            }
        }
    }
}
