using System;
using System.Buffers;
using System.Text;
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
/// (<see cref="EventFilter"/>), as an audit.k8s.io/v1 line, or with <paramref name="sameEnvelope"/> inside the record
/// it came in (an EKS record's message, an AKS record's properties.log; a record whose event is dropped is dropped).
/// </summary>
internal sealed class FilterWriter(Func<AuditRequest, AuditDecision> decide, bool sameEnvelope = false) : IEventWorker<FilterBatch>
{
    /// <summary>The record is written again as it came, as far as JSON goes: no \u-escaping of what needs none.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly EventDecoder _decoder = new();
    private readonly EventFilter _filter = new();
    private readonly ArrayBufferWriter<byte> _kept = new();
    private FilterBatch? _into;
    private long _line;
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
        if (shape.Shape.Format() is InputFormat.Auto or InputFormat.Audit)
        {
            // Raw events (or values that are none, reported as usual): the same is the audit form.
            _decoder.Decode(value, into, _onEvent ??= Filter);
            return;
        }
        if (shape.NotJson is not null || shape.IsList || shape.Shape is not (EnvelopeShape.EksRecord or EnvelopeShape.AksRecord))
        {
            into.Report(value.Line, $"--output-format same keeps raw events and one-event records, one per line (EKS records, AKS records), not {(shape.IsList ? "a list of " : "")}{shape.Shape.Describe()}{(shape.NotJson is null ? "" : " among other values")}; write it with --output-format audit");
            return;
        }
        _kept.Clear();
        _decoder.Decode(value, into, e => Filter(e, _kept));
        if (_kept.WrittenCount > 0)
        {
            var record = JsonNode.Parse(value.Json.Span)!;
            var text = Encoding.UTF8.GetString(_kept.WrittenSpan).TrimEnd('\n');
            if (shape.Shape == EnvelopeShape.EksRecord)
            {
                record["message"] = text;
            }
            else
            {
                record["properties"]!["log"] = text;
            }
            into.Output.Write(Encoding.UTF8.GetBytes(record.ToJsonString(Relaxed) + "\n"));
        }
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
