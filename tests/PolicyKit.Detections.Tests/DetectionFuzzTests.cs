using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;

namespace PolicyKit.Tests;

/// <summary>
/// Mutated real events through the whole pack, compiled and interpreted, with and without the prefilter:
/// rules read bodies, annotations and query strings of whatever arrives, and nothing may throw.
/// </summary>
public class DetectionFuzzTests
{
    private static readonly byte[][] Seeds = Mutations.Seeds(Fixtures.Path("events"), "*.json*");

    [Fact]
    public void Mutated_events_never_throw_in_the_rules()
    {
        Mutations.Of(Seeds).Sample(bytes =>
        {
            foreach (var session in new[] { new DetectionSession(BuiltInDetections.Detections), new DetectionSession(BuiltInDetections.Detections, DetectionMode.Interpreted, usePrefilter: false) })
            {
                foreach (var line in Split(bytes))
                {
                    session.Process(line, _ => { });
                }
            }
        }, iter: 300);
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Split(byte[] bytes)
    {
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                yield return bytes.AsMemory(start, i - start);
                start = i + 1;
            }
        }
    }
}
