using System.Text;
using PolicyKit.Events.Formats;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;

namespace PolicyKit.Fuzz;

/// <summary>
/// The cloud envelopes read both ways: each value decoded as an EKS, AKS and GKE input by the fast paths
/// (RecordScan, GkeEntryScan) and by the general one (FormatDetector, then the format's reader). The two must
/// hand over the same events, byte for byte, and report the same problems at the same lines, or this target throws.
/// </summary>
public sealed class EnvelopeReaderTarget : IFuzzTarget
{
    private static readonly InputFormat[] Formats = [InputFormat.Eks, InputFormat.Aks, InputFormat.Gke];

    public string Name => "envelope-reader";

    public IReadOnlyList<string> SeedPaths { get; } = new[] { "events/eks/falco-traces.records.jsonl", "events/eks/malformed.jsonl", "events/aks/falco-traces.records.jsonl",
        "events/aks/malformed.jsonl", "events/gke/falco-traces.jsonl", "events/gke/malformed.jsonl", "events/gke/container-recorder.jsonl", "fuzz/envelope-reader" };

    public void Run(ReadOnlySpan<byte> input)
    {
        var bytes = input.ToArray();
        foreach (var format in Formats)
        {
            var fast = Read(bytes, format, fast: true);
            var slow = Read(bytes, format, fast: false);
            if (fast != slow)
            {
                throw new InvalidOperationException($"the fast and the general path read {format} differently:\n{slow}\n---\n{fast}");
            }
        }
    }

    private static string Read(byte[] bytes, InputFormat format, bool fast)
    {
        var decoder = new EventDecoder { UseFastEnvelopes = fast };
        var result = new BatchResult { Input = LogInput.File("fuzz"), Format = format };
        var seen = new StringBuilder();
        var framer = new JsonValueFramer(new MemoryStream(bytes, writable: false));
        while (framer.TryRead(out var value))
        {
            if (value.Error is null)
            {
                decoder.Decode(value, result, e => seen.Append(Convert.ToBase64String(e.Json.Span)).Append('\n'));
            }
        }
        foreach (var p in result.Problems)
        {
            seen.Append(p).Append('\n');
        }
        return seen.ToString();
    }
}
