using System;
using PolicyKit.Events;
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

/// <summary>filter's worker: decides each event with the policy and writes what the apiserver would have written of it (<see cref="EventFilter"/>).</summary>
internal sealed class FilterWriter(Func<AuditRequest, AuditDecision> decide) : IEventWorker<FilterBatch>
{
    private readonly EventDecoder _decoder = new();
    private readonly EventFilter _filter = new();
    private FilterBatch? _into;
    private long _line;
    private Action<Utf8AuditEvent>? _onEvent;

    public void Process(in FramedValue value, FilterBatch into)
    {
        _into = into;
        _line = value.Line;
        _decoder.Decode(value, into, _onEvent ??= Filter);
    }

    private void Filter(Utf8AuditEvent e)
    {
        var into = _into!;
        switch (_filter.Apply(e, decide(e.ToRequest()), into.Output))
        {
            case FilterOutcome.Kept:
                into.Kept++;
                into.BelowLevel += _filter.RecordedBelowLevel ? 1 : 0;
                break;
            case FilterOutcome.DroppedNone:
                into.DroppedNone++;
                break;
            default:
                into.DroppedStage++;
                break;
        }
        if (_filter.Problem is { } problem)
        {
            into.Report(_line, $"event {e.AuditId}: {problem}", skipped: false);
        }
    }
}
