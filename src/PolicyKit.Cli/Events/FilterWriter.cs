using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyKit.Events;
using PolicyKit.Events.Formats;
using PolicyKit.Events.Filtering;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Reading;

namespace PolicyKit.Cli.Events;

/// <summary>What filter counts of a batch, next to the events it wrote.</summary>
internal sealed class FilterBatch : BatchResult
{
    public long Kept { get; set; }

    public long DroppedNone { get; set; }

    public long DroppedStage { get; set; }

    public long BelowLevel { get; set; }

    public override void Clear()
    {
        base.Clear();
        Kept = DroppedNone = DroppedStage = BelowLevel = 0;
    }
}

/// <summary>
/// filter's worker: decides each event with the policy and writes what the apiserver would have written of it
/// (<see cref="EventFilter"/>), as an audit.k8s.io/v1 line, or with <paramref name="sameEnvelope"/> in the shape it
/// came in (<see cref="SameShapeRewriter"/>: a record or list item whose event is dropped is dropped).
/// </summary>
internal sealed class FilterWriter(Func<AuditRequest, AuditDecision> decide, bool sameEnvelope = false) : IEventWorker<FilterBatch>
{
    private readonly EventDecoder _decoder = new();
    private readonly EventFilter _filter = new();
    private readonly ArrayBufferWriter<byte> _kept = new();
    private FilterBatch? _into;
    private long _line;
    private SameShapeRewriter? _rewriter;
    private Action<Utf8AuditEvent>? _onEvent;

    public void Process(in FramedValue value, FilterBatch into)
    {
        _into = into;
        _line = value.Line;
        if (!sameEnvelope)
        {
            _decoder.Decode(value, into, _onEvent ??= Filter);
            return;
        }
        var shape = FormatDetector.DetectValue(value.Json.Span);
        if ((shape.NotJson is not null && !shape.IsConcatenation) || shape.Shape is EnvelopeShape.Unknown or EnvelopeShape.Ambiguous
            || (shape.Shape == EnvelopeShape.AuditEvent && !shape.IsList && !shape.IsConcatenation && !IsEventList(value.Json.Span)))
        {
            // Raw events, and values that are none (reported as usual): the same shape is the audit form.
            _decoder.Decode(value, into, _onEvent ??= Filter);
            return;
        }
        IReadOnlyList<string> kept;
        try
        {
            kept = (_rewriter ??= new SameShapeRewriter(FilterOne)).Rewrite(value.Json.Span);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            into.Report(value.Line, $"cannot be written back in its own shape ({ex.Message}); write it with --output-format audit");
            return;
        }
        foreach (var line in kept)
        {
            into.Output.Write(Encoding.UTF8.GetBytes(line + "\n"));
        }
    }

    /// <summary>One event's record or list item through the filter: the kept event, or null.</summary>
    private JsonObject? FilterOne(ReadOnlyMemory<byte> record)
    {
        _kept.Clear();
        _decoder.Decode(new FramedValue(record, _line, null), _into!, e => Filter(e, _kept));
        return _kept.WrittenCount == 0 ? null : JsonNode.Parse(_kept.WrittenSpan, null, ReadLimits.DocumentOptions) as JsonObject;
    }

    private static bool IsEventList(ReadOnlySpan<byte> json)
    {
        var r = new Utf8JsonReader(json, ReadLimits.JsonOptions);
        return r.Read() && r.TokenType == JsonTokenType.StartObject && EnvelopeJson.Find(ref r, "items"u8);
    }

    private void Filter(Utf8AuditEvent e) => Filter(e, _into!.Output);

    private void Filter(Utf8AuditEvent e, IBufferWriter<byte> output)
    {
        var into = _into!;
        var outcome = _filter.Apply(e, decide(e.ToRequest()), output);
        switch (outcome)
        {
            case FilterOutcome.Kept:
                into.Kept++;
                into.BelowLevel += _filter.RecordedBelowLevel ? 1 : 0;
                break;
            case FilterOutcome.DroppedNone:
                into.DroppedNone++;
                break;
            case FilterOutcome.DroppedStage:
                into.DroppedStage++;
                break;
        }
        if (_filter.Problem is { } problem)
        {
            into.Report(_line, $"event {e.AuditId}: {problem}", skipped: outcome == FilterOutcome.Unreadable);
        }
    }
}
