using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;
using PolicyKit.Serve.Receiving;

namespace PolicyKit.Fuzz;

/// <summary>
/// policykit serve's request bodies: the EventList check the receiver acknowledges by, and for a body it accepts, what
/// the pipeline does with it (the built-in rules over its events). Nothing may throw; an accepted body's item count
/// must be the number of items the event reader then sees (events plus items it reports as no events).
/// </summary>
public sealed class WebhookBodyTarget : IFuzzTarget
{
    public string Name => "webhook-body";

    public IReadOnlyList<string> SeedPaths { get; } = new[] { "webhook" };

    public void Run(ReadOnlySpan<byte> input)
    {
        var (events, problem) = EventListCheck.Check(input, maxEvents: 10_000, maxDepth: PolicyKit.Events.ReadLimits.MaxDepth);
        if (problem is not null)
        {
            return;
        }
        var session = new DetectionSession(BuiltInDetections.Detections);
        var (read, problems) = session.Process(input.ToArray(), _ => { });
        if (read + problems.Count != events)
        {
            throw new InvalidOperationException($"the check counted {events} items, the reader {read} events and {problems.Count} problems: {string.Join("; ", problems)}");
        }
    }
}
