using System;
using System.Collections.Generic;
using PolicyKit.Cli.IO;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;

namespace PolicyKit.Cli.Events;

/// <summary>
/// How a command reads its logs: the inputs its arguments name, the one read loop, problems printed
/// (capped per input), progress on a terminal. The command brings the worker and what a result means.
/// </summary>
internal static class LogRun
{
    /// <summary>The inputs (patterns expanded); throws <see cref="InputException"/> for a directory without logs, a pattern matching nothing or a second stdin.</summary>
    public static IReadOnlyList<LogInput> Inputs(CliContext context, IEnumerable<string> arguments, string? stdinTaken = null)
    {
        try
        {
            return LogInputs.Expand(InputPatterns.Logs(arguments), context.OpenStdin, stdinTaken);
        }
        catch (EventInputException ex)
        {
            throw new InputException(ex.Message);
        }
    }

    public static ReadSummary Read<TResult>(CliContext context, IReadOnlyList<LogInput> inputs, EventReadOptions options,
        Func<IEventWorker<TResult>> createWorker, Action<TResult> merge, Func<string>? progressDetail = null, LogFollowing? following = null)
        where TResult : BatchResult, new()
    {
        var problems = new ProblemPrinter(context.Error);
        var progress = new Progress(context.Error, context.ErrorIsTerminal);
        long bytes = 0, events = 0;
        var summary = AuditLogReader.Read(inputs, options with { OnIdle = () => { context.Out.Flush(); following?.Save(); options.OnIdle?.Invoke(); } }, createWorker, result =>
        {
            merge(result);
            following?.Merged(result);
            Utf8Output.Write(context.Out, result.Output.WrittenSpan);
            problems.Print(result);
            bytes += result.Bytes;
            events += result.Events;
            progress.Update(bytes, events, progressDetail?.Invoke() ?? "");
        });
        progress.Clear();
        problems.Finish();
        context.Out.Flush();
        following?.Save();
        return summary;
    }

    /// <summary>The exit code of a read: 2 when an input could not be read (whole), 1 when values were skipped.</summary>
    public static int ExitCode(ReadSummary summary, bool findings)
        => summary.FailedInputs > 0 ? ExitCodes.Usage : findings || summary.Skipped > 0 ? ExitCodes.Findings : ExitCodes.Success;
}
