using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using PolicyKit.Detection;
using PolicyKit.Detections.Runtime;
using PolicyKit.Events;
using PolicyKit.Events.Filtering;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Reading;
using PolicyKit.Serve.Operations;

namespace PolicyKit.Serve.Pipeline;

/// <summary>
/// What happens to each event of an acknowledged batch, in journal order: a re-sent copy (same auditID and stage as a
/// recent event) is dropped; the detections run (windowed rules counted in order, as in detect) and their alerts are
/// written as JSON lines; the policy, when there is one, decides what of the event is kept, exactly as <c>policykit
/// filter</c> writes it; without one, with <c>writeEvents</c>, every event is kept as received. One thread.
/// </summary>
internal sealed class EventProcessor
{
    private readonly DetectionEngine _engine;
    private readonly WindowedAlerts _windows;
    private readonly AlertWriter _alertWriter = new(json: true);
    private readonly Func<AuditRequest, AuditDecision>? _decide;
    private readonly bool _writeEvents;
    private readonly EventFilter _filter = new();
    private readonly EventDecoder _decoder = new();
    private readonly BatchResult _result = new();
    private readonly RecentEvents _recent;
    private readonly List<DetectionRule> _matches = new();
    private readonly ServeMetrics _metrics;
    private readonly Action<Utf8AuditEvent> _onEvent;
    private bool _quiet;

    public EventProcessor(ServeRules rules, bool writeEvents, int dedupWindow, ServeMetrics metrics)
    {
        _engine = new DetectionEngine(rules.Detections, DetectionMode.Compiled, rules.Additions);
        _windows = new WindowedAlerts(_engine.Rules);
        _decide = rules.Decide;
        _writeEvents = writeEvents || rules.Decide is not null;
        _recent = new RecentEvents(dedupWindow);
        _metrics = metrics;
        _result.Input = PolicyKit.Events.Input.LogInput.File("(webhook)");
        _result.Format = PolicyKit.Events.Formats.InputFormat.Audit;
        _onEvent = OnEvent;
    }

    /// <summary>Alert lines of the batches processed since the last <see cref="ResetOutput"/>.</summary>
    public ArrayBufferWriter<byte> Alerts { get; } = new();

    /// <summary>Kept event lines, likewise.</summary>
    public ArrayBufferWriter<byte> Events { get; } = new();

    public bool WritesEvents => _writeEvents;

    public void ResetOutput()
    {
        Alerts.Clear();
        Events.Clear();
    }

    /// <summary>
    /// Processes one journal record (an EventList body). With <paramref name="replay"/> nothing is written or
    /// counted: the recent events and the windowed rules' counts are rebuilt as they were (after a restart).
    /// </summary>
    public void Process(ReadOnlyMemory<byte> eventList, bool replay = false)
    {
        _quiet = replay;
        _result.Clear();
        _decoder.Decode(new FramedValue(eventList, 1, null), _result, _onEvent);
        if (!replay)
        {
            _metrics.Unreadable.Inc(_result.Problems.Count);
        }
    }

    private void OnEvent(Utf8AuditEvent e)
    {
        if (e.HasAuditId && !_recent.Add(e.AuditId, e.StageName))
        {
            if (!_quiet)
            {
                _metrics.Duplicates.Inc();
            }
            return;
        }
        _matches.Clear();
        _engine.Match(e, _matches);
        foreach (var rule in _matches)
        {
            if (_windows.Raise(WindowedAlerts.Matched(rule, e)) is { } alert && !_quiet)
            {
                _alertWriter.Write(alert, Alerts);
                _metrics.Alerts.WithLabels(rule.Id).Inc();
            }
        }
        if (_quiet)
        {
            return;
        }
        _metrics.Processed.Inc();
        if (_decide is not null)
        {
            if (_filter.Apply(e, _decide(e.ToRequest()), Events) == FilterOutcome.Kept)
            {
                _metrics.KeptEvents.Inc();
            }
        }
        else if (_writeEvents)
        {
            WriteAsReceived(e.Json.Span);
            _metrics.KeptEvents.Inc();
        }
    }

    /// <summary>The event's JSON on one line: as received when it is one already (the apiserver sends compact JSON).</summary>
    private void WriteAsReceived(ReadOnlySpan<byte> json)
    {
        if (json.IndexOfAny((byte)'\n', (byte)'\r') < 0)
        {
            Events.Write(json);
        }
        else
        {
            using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = ReadLimits.MaxDepth });
            using var writer = new Utf8JsonWriter(Events, new JsonWriterOptions { MaxDepth = ReadLimits.MaxDepth + 8, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            document.WriteTo(writer);
        }
        Events.Write("\n"u8);
    }
}
