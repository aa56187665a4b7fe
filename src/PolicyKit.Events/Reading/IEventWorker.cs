using PolicyKit.Events.Framing;

namespace PolicyKit.Events.Reading;

/// <summary>
/// What a command does with each value of a log (decide it, match rules): one instance per thread,
/// so it may keep buffers; what it produces goes into the batch's result, merged in input order.
/// </summary>
public interface IEventWorker<in TResult>
    where TResult : BatchResult
{
    /// <summary>Handles one JSON value (an Event, an EventList, or something that may be neither).</summary>
    void Process(in FramedValue value, TResult into);
}
