using System.Collections.Generic;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;

namespace PolicyKit.Events.Replay;

/// <summary>Replays logs through one or two policies with the one read loop: the summed tallies and the read's summary.</summary>
public static class LogReplay
{
    public static (ReplayTally Tally, ReadSummary Summary) Run(IReadOnlyList<LogInput> inputs, EventReadOptions options, ReplaySide[] sides,
        BodySizeModel? model = null, System.Action<ReplayTally>? onBatch = null)
    {
        var total = NewTotal(sides);
        model ??= BodySizeModel.Default;
        var summary = AuditLogReader.Read(inputs, options, () => new ReplayWorker(sides, model), batch =>
        {
            total.Add(batch);
            onBatch?.Invoke(batch);
        });
        return (total, summary);
    }

    /// <summary>An empty tally for these sides, to add batches to.</summary>
    public static ReplayTally NewTotal(ReplaySide[] sides)
    {
        var total = new ReplayTally { IsTotal = true };
        total.Prepare(sides);
        return total;
    }
}
