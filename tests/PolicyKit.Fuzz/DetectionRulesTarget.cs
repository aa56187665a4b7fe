using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;

namespace PolicyKit.Fuzz;

/// <summary>
/// The built-in pack over each line of a log, compiled and interpreted, with and without the literal check:
/// rules read bodies, annotations and query strings of whatever arrives, and nothing may throw; the two
/// ways of running the rules must raise the same alerts.
/// </summary>
public sealed class DetectionRulesTarget : IFuzzTarget
{
    public string Name => "detection-rules";

    public IReadOnlyList<string> SeedPaths { get; } = new[] { "events/falco-traces", "events/detections", "fuzz/detection-rules" };

    public void Run(ReadOnlySpan<byte> input)
    {
        var compiled = new DetectionSession(BuiltInDetections.Detections);
        var interpreted = new DetectionSession(BuiltInDetections.Detections, DetectionMode.Interpreted, usePrefilter: false);
        var bytes = input.ToArray();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n')
            {
                continue;
            }
            var line = bytes.AsMemory(start, i - start);
            start = i + 1;
            var a = new List<string>();
            var b = new List<string>();
            compiled.Process(line, alert => a.Add(alert.Rule.Id));
            interpreted.Process(line, alert => b.Add(alert.Rule.Id));
            if (!a.SequenceEqual(b))
            {
                throw new InvalidOperationException($"compiled rules raised [{string.Join(", ", a)}], interpreted [{string.Join(", ", b)}]");
            }
        }
    }
}
