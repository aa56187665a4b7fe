using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Linq;
using PolicyKit.Cli.Assemblies;
using PolicyKit.Cli.Detect;
using PolicyKit.Cli.Events;
using PolicyKit.Cli.IO;
using PolicyKit.Detection;
using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;

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
            Description = "Audit logs: JSON lines of Event, EventList documents, v1 or v1beta1; .gz read transparently; '-' reads stdin; a directory reads its rotated set, oldest first.",
            Arity = ArgumentArity.OneOrMore,
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
        var command = new Command("detect",
            "Run detection rules over audit logs. Prints one alert per line (JSON by default):\n" +
            "{\"rule\":\"pod-exec\",\"title\":\"...\",\"severity\":\"medium\",\"mitre\":\"T1609\",\"auditID\":\"...\",\"timestamp\":\"...\",\"user\":\"...\",\"verb\":\"create\",\"objectRef\":{...},\"sourceIPs\":[...],\"reason\":\"...\"}\n" +
            "A windowed rule's alert (one per burst) adds \"burst\":{\"countBy\":...,\"key\":...,\"count\":...,\"windowSeconds\":...}.\n" +
            "A summary per rule goes to stderr. Lines that are not events are reported with their line numbers and skipped.\n" +
            "Exit codes: 0 no alerts, 1 alerts or skipped lines, 2 bad usage or unreadable input.")
        {
            logs, rules, format, allow, interpret,
        };
        command.SetAction(parse => Run(context, parse.GetValue(logs)!, parse.GetValue(rules), parse.GetValue(format) == "json",
            parse.GetValue(allow) ?? [], parse.GetValue(interpret)));
        return command;
    }

    private static int Run(CliContext context, string[] logs, string? rulesDll, bool json, string[] allow, bool interpret)
    {
        foreach (var a in allow)
        {
            var eq = a.IndexOf('=');
            if (eq <= 0)
            {
                throw new InputException($"--allow {a}: write it as LIST=VALUE");
            }
            AllowLists.Extend(a.Substring(0, eq), [a.Substring(eq + 1)]);
        }
        using var loaded = rulesDll is null ? null : CompiledDetections.Load(rulesDll);
        var rules = loaded?.Rules ?? BuiltInDetections.Detections;
        var inputs = LogInputs.Expand(logs);
        var run = new DetectionRun(context, new DetectionEngine(rules, interpret ? DetectionMode.Interpreted : DetectionMode.Compiled), new AlertWriter(context.Out, json));
        foreach (var input in inputs)
        {
            run.Read(input);
        }
        context.Out.Flush();
        run.Summarize();
        return run.Alerts > 0 || run.BadLines > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The state of one detect run: counts per rule, bad lines, progress.</summary>
    private sealed class DetectionRun(CliContext context, DetectionEngine engine, AlertWriter writer)
    {
        private Action<DetectionRule, Utf8AuditEvent, Burst?>? _onAlert;
        private readonly Dictionary<DetectionRule, int> _perRule = new();
        private readonly bool _progress = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _bytes;
        private long _nextProgress = 1000;

        public long Events { get; private set; }

        public long Alerts { get; private set; }

        public int BadLines { get; private set; }

        public void Read(string path)
        {
            var name = InputFiles.DisplayName(path);
            using var stream = InputFiles.Open(path, context);
            var reader = new JsonValueReader(stream);
            try
            {
                while (reader.TryRead(out var value))
                {
                    _bytes += value.Json.Length + 1;
                    string? problem = value.Error;
                    if (problem is null && Process(value.Json, out problem, out var notJson) == 0 && notJson && value.Unchecked)
                    {
                        // Not one JSON value after all: several on the line, one spread over lines, or a bad line.
                        value = reader.Recheck();
                        problem = value.Error;
                        if (problem is null)
                        {
                            Process(value.Json, out problem, out _);
                        }
                    }
                    if (problem is not null)
                    {
                        BadLines++;
                        context.Error.WriteLine($"{name}:{value.Line}: {problem}; skipped");
                    }
                }
            }
            catch (System.IO.InvalidDataException ex)
            {
                BadLines++;
                context.Error.WriteLine($"{name}: {ex.Message}; the rest of this input is skipped");
            }
        }

        private int Process(ReadOnlyMemory<byte> json, out string? problem, out bool notJson)
        {
            var events = engine.Process(json, _onAlert ??= OnAlert, out problem, out notJson);
            Events += events;
            if (events > 0)
            {
                if (_progress && Events >= _nextProgress)
                {
                    _nextProgress = Events + 100_000;
                    var seconds = _clock.Elapsed.TotalSeconds;
                    context.Error.Write($"\r{_bytes / 1_000_000} MB, {Events} events, {Alerts} alerts, {_bytes / 1e6 / Math.Max(seconds, 1e-3):F0} MB/s   ");
                }
            }
            return events;
        }

        private void OnAlert(DetectionRule rule, Utf8AuditEvent e, Burst? burst)
        {
            Alerts++;
            _perRule[rule] = _perRule.TryGetValue(rule, out var n) ? n + 1 : 1;
            writer.Write(rule, e, burst);
        }

        public void Summarize()
        {
            if (_progress && Events >= 1000)
            {
                context.Error.Write("\r" + new string(' ', 70) + "\r");
            }
            foreach (var pair in _perRule.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Id, StringComparer.Ordinal))
            {
                context.Error.WriteLine($"{pair.Key.Id}: {pair.Value} alert(s) [{pair.Key.Info.Severity.ToString().ToLowerInvariant()}] {pair.Key.Info.Title}");
            }
            context.Error.WriteLine($"{Events} event(s), {Alerts} alert(s) from {engine.Rules.Count} rules" + (BadLines > 0 ? $", {BadLines} input line(s) skipped (not audit events)" : ""));
        }
    }
}
