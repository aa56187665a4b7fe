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

    public void AddTo(Command command)
    {
        command.Options.Add(Threads);
        command.Options.Add(MaxEventSize);
        command.Options.Add(InputFormat);
    }

    public EventReadOptions Read(ParseResult parse, Action? onIdle = null) => new()
    {
        Workers = parse.GetValue(Threads),
        MaxValueBytes = parse.GetValue(MaxEventSize) << 20,
        OnIdle = onIdle,
        Format = InputFormats.Parse(parse.GetValue(InputFormat)!),
    };
}
