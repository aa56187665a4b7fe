using System;
using System.CommandLine;
using PolicyKit.Events;
using PolicyKit.Events.Formats;
using PolicyKit.Events.Reading;

namespace PolicyKit.Cli.Events;

/// <summary>The options of every command that reads audit logs.</summary>
internal sealed class EventOptions
{
    public Option<int> Threads { get; } = new("--threads", "-j")
    {
        Description = "Threads that decode and match events (default: one per core). Output is the same for any number.",
        HelpName = "N",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<int> MaxEventSize { get; } = new("--max-event-size")
    {
        Description = $"The largest event (one line, or one EventList document) read, in MiB; larger ones are reported and skipped. Default: {ReadLimits.DefaultMaxValueBytes >> 20}.",
        HelpName = "MIB",
        DefaultValueFactory = _ => ReadLimits.DefaultMaxValueBytes >> 20,
    };

    public Option<string> InputFormat { get; } = new("--input-format")
    {
        Description = "What the logs hold: auto (each input's format from its first value), audit (audit.k8s.io events), gke (Cloud Logging entries), eks (CloudWatch records), aks (Azure Monitor records, AKSAudit rows).",
        HelpName = "FORMAT",
        DefaultValueFactory = _ => "auto",
    };

    public Option<string?> Follow { get; } = new("--follow", "-f")
    {
        Description = "Follow this log as kube-apiserver writes and rotates it (its --audit-log-path), until interrupted (Ctrl+C, SIGTERM): rotated files are read to their end, none twice.",
        HelpName = "FILE",
    };

    public Option<string?> State { get; } = new("--state")
    {
        Description = "With --follow: a checkpoint file, rewritten as events are handed on; a restart resumes where the last run stopped (in the log or its rotated backups).",
        HelpName = "FILE",
    };

    public EventOptions()
    {
        InputFormat.AcceptOnlyFromAmong([.. InputFormats.Names]);
        Threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--threads: give 1 or more");
            }
        });
        MaxEventSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1024)
            {
                r.AddError("--max-event-size: give 1 to 1024 (MiB)");
            }
        });
    }

    /// <param name="command">The command that reads logs.</param>
    /// <param name="follow">Whether it takes --follow and --state: not for a command that reports once, at the end (simulate, diff).</param>
    public void AddTo(Command command, bool follow = true)
    {
        command.Options.Add(Threads);
        command.Options.Add(MaxEventSize);
        command.Options.Add(InputFormat);
        if (!follow)
        {
            return;
        }
        command.Options.Add(Follow);
        command.Options.Add(State);
        command.Validators.Add(r =>
        {
            if (r.GetValue(State) is not null && r.GetValue(Follow) is null)
            {
                r.AddError("--state goes with --follow FILE");
            }
        });
    }

    /// <summary>
    /// The inputs: the followed log (<paramref name="following"/>, to dispose), or the logs the arguments name;
    /// <paramref name="defaultToStdin"/>: no argument reads stdin (filter, a pipeline stage).
    /// </summary>
    public System.Collections.Generic.IReadOnlyList<PolicyKit.Events.Input.LogInput> Inputs(ParseResult parse, PolicyKit.Cli.IO.CliContext context,
        string[] logs, string? stdinTaken, bool defaultToStdin, out LogFollowing? following)
    {
        following = null;
        if (parse.GetValue(Follow) is { } followed)
        {
            if (logs.Length > 0)
            {
                throw new PolicyKit.Cli.IO.InputException("give logs to read, or --follow FILE, not both");
            }
            following = new LogFollowing(followed, parse.GetValue(State), context);
            return [following.Log.Input];
        }
        if (logs.Length == 0 && !defaultToStdin)
        {
            throw new PolicyKit.Cli.IO.InputException("give the logs to read, or --follow FILE");
        }
        return LogRun.Inputs(context, logs.Length == 0 ? [PolicyKit.Events.Input.LogInput.StdinArgument] : logs, stdinTaken);
    }

    public EventReadOptions Read(ParseResult parse, Action? onIdle = null) => new()
    {
        Workers = parse.GetValue(Threads),
        MaxValueBytes = parse.GetValue(MaxEventSize) << 20,
        OnIdle = onIdle,
        Format = InputFormats.Parse(parse.GetValue(InputFormat)!),
    };
}
