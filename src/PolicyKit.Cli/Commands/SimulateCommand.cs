using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using PolicyKit.Cli.Events;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Usage;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;
using PolicyKit.Events.Replay;
using PolicyKit.Events.Replay.Reports;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit simulate POLICY [NEW] --events LOG...</c>: replays real logs through a policy (or two) and reports what it
/// would write: per rule, per stage and level, bytes, a GB/day and $/month projection, and the top talkers.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var policy = new Argument<string>("POLICY") { Description = "The policy: YAML or JSON ('-' for stdin), or a built policy assembly (.dll, decided by its compiled matcher)." };
        var @new = new Argument<string?>("NEW") { Description = "A second policy, as POLICY: the report then gives the change in volume and cost from POLICY to NEW.", Arity = ArgumentArity.ZeroOrOne };
        var events = EventsOption(required: true);
        var name = new Option<string?>("--policy", "-p") { Description = "The name or class of the policy in an assembly (optional when it holds one).", HelpName = "NAME" };
        var price = PriceOption();
        var sizeModel = SizeModelOption();
        var version = CommonOptions.KubernetesVersionOption();
        var format = CommonOptions.FormatOption("text", "json", "markdown", "html");
        var reading = new EventOptions();
        var command = new Command("simulate",
            "Replay audit logs through a policy and report what the apiserver would write: per rule, events matched and written per stage " +
            "(omitStages applied), bytes and share; rules no event reached; per level; GB/day over the log's time span and $/month at ingestion prices; " +
            "the top users, user agents, resources and namespaces by volume. Bodies a lower-level log lacks are estimated from a size model, and said so. " +
            "With NEW: both, and the change between them.")
        {
            policy, @new, events, name, price, sizeModel, version, format,
        };
        CommandHelp.ExitCodes(command, "0 done", "1 some input skipped (not an event)", "2 bad usage, an unreadable or refused policy, or an input that could not be read whole");
        reading.AddTo(command, follow: false);
        command.SetAction(parse =>
        {
            var files = new List<string> { parse.GetValue(policy)! };
            if (parse.GetValue(@new) is { } second)
            {
                files.Add(second);
            }
            var stdinPolicy = files.Contains(InputFiles.Stdin) ? "a policy '-'" : null;
            var inputs = LogRun.Inputs(context, parse.GetValue(events)!, stdinPolicy);
            using var sides = new ReplaySides();
            var loaded = new List<ReplaySide>();
            foreach (var file in files)
            {
                if (sides.Load(context, file, parse.GetValue(name), parse.GetValue(version)) is not { } side)
                {
                    return ExitCodes.Usage;
                }
                loaded.Add(side);
            }
            var (report, summary) = Replay(context, loaded.ToArray(), inputs, reading.Read(parse), Prices(parse.GetValue(price)), LoadModel(parse.GetValue(sizeModel)));
            context.Out.Write(parse.GetValue(format) switch
            {
                "json" => SimulateJsonWriter.Write(report),
                "markdown" => SimulateMarkdownWriter.Write(report),
                "html" => SimulateHtmlWriter.Write(report),
                _ => SimulateTextWriter.Write(report),
            });
            return LogRun.ExitCode(summary, findings: false);
        });
        return command;
    }

    /// <summary>Reads the logs once through every side, with problems on stderr as every log command prints them.</summary>
    public static (SimulationReport Report, ReadSummary Summary) Replay(CliContext context, ReplaySide[] sides, IReadOnlyList<LogInput> inputs,
        EventReadOptions options, IReadOnlyList<IngestionPrice> prices, BodySizeModel model)
    {
        var total = LogReplay.NewTotal(sides);
        var summary = LogRun.Read(context, inputs, options, () => new ReplayWorker(sides, model), total.Add);
        if (summary.Skipped > 0)
        {
            context.Error.WriteLine($"{summary.Skipped} input value(s) were not audit events and were skipped");
        }
        return (new SimulationReport(sides, total, model, prices), summary);
    }

    public static Option<string[]> EventsOption(bool required) => new("--events", "-e")
    {
        Description = "Audit logs: JSON lines of Event, EventList documents, v1 or v1beta1; '-' reads stdin; .gz is read transparently.",
        HelpName = "LOG",
        Required = required,
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<double?> PriceOption()
    {
        var option = new Option<double?>("--price-per-gb")
        {
            Description = $"Your ingestion price in $ per GB for the $/month projection. Default: the list prices of Google Cloud Logging, AWS CloudWatch Logs and Azure Monitor (taken {IngestionPrices.TakenOn}; docs/simulate.md).",
            HelpName = "DOLLARS",
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } p && (p < 0 || double.IsNaN(p) || double.IsInfinity(p)))
            {
                r.AddError("--price-per-gb: give a price of 0 or more, e.g. 0.50");
            }
        });
        return option;
    }

    public static Option<string?> SizeModelOption() => new("--size-model")
    {
        Description = "A RequestResponse-level log of your own to learn body sizes from, for estimating bodies a lower-level log lacks. Default: the built-in model (docs/simulate.md).",
        HelpName = "LOG",
    };

    public static IReadOnlyList<IngestionPrice> Prices(double? perGb)
        => perGb is { } p ? [new IngestionPrice("--price-per-gb", p, $"${p.ToString(CultureInfo.InvariantCulture)} per GB")] : IngestionPrices.Defaults;

    public static BodySizeModel LoadModel(string? log)
    {
        if (log is null)
        {
            return BodySizeModel.Default;
        }
        IReadOnlyList<ReadProblem> problems = [];
        BodySizeModel model;
        try
        {
            model = BodySizeModel.Learn(InputFiles.DisplayName(log), each => problems = EventText.ForEachInFile(log, each));
        }
        catch (System.Exception ex) when (ex is System.IO.IOException or System.UnauthorizedAccessException or EventInputException)
        {
            throw new InputException($"--size-model {log}: {ex.Message}");
        }
        if (problems.Count > 0)
        {
            throw new InputException($"--size-model {problems[0]}");
        }
        if (!model.Sizes.ContainsKey(("*", "*")))
        {
            throw new InputException($"--size-model {InputFiles.DisplayName(log)}: no RequestResponse-level events to learn body sizes from");
        }
        return model;
    }
}
