using System;
using System.Runtime.InteropServices;
using System.Threading;
using PolicyKit.Cli.IO;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;

namespace PolicyKit.Cli.Events;

/// <summary>
/// --follow FILE [--state FILE]: the followed log, stopped by SIGINT or SIGTERM (the run then ends as at the end of
/// an input: output flushed, summary printed), and its checkpoint saved after each merge and at the end.
/// </summary>
internal sealed class LogFollowing : IDisposable
{
    /// <summary>How often a log at its end is looked at again.</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _signals;
    private long _consumed;

    public LogFollowing(string path, string? statePath, CliContext context)
    {
        try
        {
            Log = new FollowedLog(path, statePath, Poll, _stop.Token, notice => context.Error.WriteLine("note: " + notice));
            // Read the checkpoint now: a bad one is a usage error before anything is read.
            _ = statePath is null ? null : FollowCheckpoint.Load(statePath);
        }
        catch (EventInputException ex)
        {
            throw new InputException(ex.Message);
        }
        _signals = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop)];
    }

    public FollowedLog Log { get; }

    private void Stop(PosixSignalContext signal)
    {
        signal.Cancel = true;
        _stop.Cancel();
    }

    /// <summary>Counts the bytes whose events were handed on (each merged batch).</summary>
    public void Merged(BatchResult result) => _consumed += result.Bytes;

    public void Save() => Log.SaveState(_consumed);

    public void Dispose()
    {
        foreach (var s in _signals)
        {
            s.Dispose();
        }
        _stop.Dispose();
    }
}
