using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using PolicyKit.Serve.Journal;
using PolicyKit.Serve.Operations;
using PolicyKit.Serve.Sinks;

namespace PolicyKit.Serve.Pipeline;

/// <summary>
/// Runs the journal's records through the <see cref="EventProcessor"/> into the output files, committing every few
/// hundred records or milliseconds: outputs fsynced, then the cursor (<see cref="PipelineCursor"/>) written. On start
/// the outputs are cut back to the cursor and the retained journal before it is replayed without output, so re-sent
/// events are still recognised and windowed rules keep their counts across a restart.
/// </summary>
internal sealed class PipelineRunner : IDisposable
{
    public const string ConsumerName = "pipeline";

    private readonly SegmentedJournal _journal;
    private readonly PipelineOptions _options;
    private readonly ServeMetrics _metrics;
    private readonly ILogger _logger;
    private readonly EventProcessor _processor;
    private readonly RotatedJsonLines _alerts;
    private readonly RotatedJsonLines? _events;
    private readonly JournalReader _reader;
    private readonly Stream? _stdout;
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PipelineRunner(SegmentedJournal journal, ServeRules rules, PipelineOptions options, ServeMetrics metrics, ILogger logger, Stream? stdout = null)
    {
        _journal = journal;
        _options = options;
        _metrics = metrics;
        _logger = logger;
        Directory.CreateDirectory(options.OutputDirectory);
        var cursor = PipelineCursor.Load(options.OutputDirectory);
        _processor = new EventProcessor(rules, options.WriteEvents, options.DedupWindow, metrics);
        _alerts = new RotatedJsonLines(options.OutputDirectory, "alerts", options.RotateBytes, options.KeepFiles, cursor?.Alerts);
        _events = _processor.WritesEvents ? new RotatedJsonLines(options.OutputDirectory, "events", options.RotateBytes, options.KeepFiles, cursor?.Events) : null;
        var start = cursor?.Position ?? new JournalPosition(journal.FirstSegment, 0);
        Replay(start);
        _reader = new JournalReader(journal, start);
        _stdout = options.AlertsToStdout ? stdout ?? Console.OpenStandardOutput() : null;
        Committed = new PipelineCursor(start.Segment, start.Offset, _alerts.State, _events?.State);
        journal.Consumed(ConsumerName, start);
    }

    /// <summary>The last commit: how far the outputs are durable (the HTTP sink reads alerts up to it).</summary>
    public PipelineCursor Committed { get; private set; }

    public RotatedJsonLines AlertFiles => _alerts;

    public bool Running => _loop is { IsCompleted: false };

    /// <summary>Completes at the next commit.</summary>
    public Task NextCommit => _committed.Task;

    public void Start() => _loop = Task.Factory.StartNew(Loop, TaskCreationOptions.LongRunning).Unwrap();

    /// <summary>Processes what the journal holds, commits, and stops (after the receiver stopped: nothing acknowledged is left).</summary>
    public async Task StopAsync()
    {
        _stop.Cancel();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }
    }

    /// <summary>Rebuilds the recent events and windowed counts from the retained journal before the cursor.</summary>
    private void Replay(JournalPosition until)
    {
        using var reader = new JournalReader(_journal, new JournalPosition(_journal.FirstSegment, 0));
        while (reader.Position < until && reader.TryRead() is { } entry)
        {
            if (entry.Next > until)
            {
                break;
            }
            _processor.Process(entry.Payload, replay: true);
        }
    }

    private async Task Loop()
    {
        var pending = 0;
        var since = Stopwatch.GetTimestamp();
        while (true)
        {
            JournalEntry? entry;
            try
            {
                entry = _reader.TryRead();
            }
            catch (InvalidDataException ex)
            {
                _logger.LogError("the pipeline stopped: {Problem}", ex.Message);
                Commit();
                return;
            }
            if (entry is { } record)
            {
                _processor.Process(record.Payload);
                WriteOutputs();
                pending++;
            }
            var due = pending > 0 && (entry is null || pending >= _options.CommitRecords || Stopwatch.GetElapsedTime(since).TotalMilliseconds >= _options.CommitMilliseconds);
            if (due)
            {
                Commit();
                pending = 0;
                since = Stopwatch.GetTimestamp();
            }
            if (entry is null)
            {
                if (_stop.IsCancellationRequested)
                {
                    return;
                }
                try
                {
                    await _reader.WaitAsync(_stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Stopping: one more pass drains what is durable, then the loop ends.
                }
            }
        }
    }

    private void WriteOutputs()
    {
        var alerts = _processor.Alerts.WrittenSpan;
        if (alerts.Length > 0)
        {
            _alerts.Write(alerts);
            _stdout?.Write(alerts);
        }
        if (_events is not null && _processor.Events.WrittenCount > 0)
        {
            _events.Write(_processor.Events.WrittenSpan);
        }
        _processor.ResetOutput();
    }

    private void Commit()
    {
        _alerts.Flush();
        _events?.Flush();
        _stdout?.Flush();
        var position = _reader.Position;
        var cursor = new PipelineCursor(position.Segment, position.Offset, _alerts.State, _events?.State);
        cursor.Save(_options.OutputDirectory);
        Committed = cursor;
        _journal.Consumed(ConsumerName, position);
        _alerts.RotateIfFull();
        _events?.RotateIfFull();
        if (_alerts.Seq != cursor.Alerts!.Seq || (_events is not null && _events.Seq != cursor.Events!.Seq))
        {
            // A new file was started: name it in the cursor, so a restart does not take it for one begun after the commit.
            Committed = new PipelineCursor(position.Segment, position.Offset, _alerts.State, _events?.State);
            Committed.Save(_options.OutputDirectory);
        }
        _metrics.JournalLag.Set(_journal.BytesAfter(position));
        _metrics.JournalBytes.Set(_journal.Bytes);
        _metrics.JournalDropped.Set(_journal.DroppedEvents);
        var committed = _committed;
        _committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        committed.TrySetResult();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _alerts.Dispose();
        _events?.Dispose();
        _stop.Dispose();
    }
}
