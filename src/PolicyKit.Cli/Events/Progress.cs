using System;
using System.Diagnostics;
using System.IO;

namespace PolicyKit.Cli.Events;

/// <summary>A one-line progress report on an interactive stderr, rewritten in place a few times a second; nothing in a pipe.</summary>
internal sealed class Progress(TextWriter error, bool enabled)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _next = TimeSpan.FromSeconds(1);
    private bool _shown;

    public void Update(long bytes, long events, string more = "")
    {
        if (!enabled || _clock.Elapsed < _next)
        {
            return;
        }
        _next = _clock.Elapsed + TimeSpan.FromMilliseconds(250);
        _shown = true;
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
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
}
