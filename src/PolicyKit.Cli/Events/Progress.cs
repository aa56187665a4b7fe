using System;
using System.Diagnostics;
using System.IO;

namespace PolicyKit.Cli.Events;

/// <summary>
/// A one-line progress report on an interactive stderr, rewritten in place a few times a second; nothing in a pipe.
/// <paramref name="elapsed"/>: the time since the start (tests pass their own clock).
/// </summary>
internal sealed class Progress(TextWriter error, bool enabled, Func<TimeSpan>? elapsed = null)
{
    private readonly Func<TimeSpan> _elapsed = elapsed ?? StartClock();
    private TimeSpan _next = TimeSpan.FromSeconds(1);
    private bool _shown;

    public void Update(long bytes, long events, string more = "")
    {
        var now = _elapsed();
        if (!enabled || now < _next)
        {
            return;
        }
        _next = now + TimeSpan.FromMilliseconds(250);
        _shown = true;
        var seconds = Math.Max(now.TotalSeconds, 1e-3);
        error.Write($"\r{bytes / 1_000_000} MB, {PolicyKit.Cli.Commands.FindingJson.Plural(events, "event")}{more}, {bytes / 1e6 / seconds:F0} MB/s   ");
    }

    public void Clear()
    {
        if (_shown)
        {
            error.Write("\r" + new string(' ', 72) + "\r");
            _shown = false;
        }
    }

    private static Func<TimeSpan> StartClock()
    {
        var clock = Stopwatch.StartNew();
        return () => clock.Elapsed;
    }
}
