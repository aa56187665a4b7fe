using System.Buffers;
using System.Text;
using PolicyKit.Events;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;

namespace PolicyKit.Fuzz;

/// <summary>
/// What every event-reading command does with a log: frame it, decode each value, on one thread and on
/// several (which must give the same result), gzip'd and cut short too. Reading reports problems and never
/// throws. Each value is also decoded both ways (the fast scan and System.Text.Json): where the slow way
/// reads an event, the fast way must read the same fields, or this target throws.
/// </summary>
public sealed class EventReaderTarget : IFuzzTarget
{
    public string Name => "event-reader";

    public IReadOnlyList<string> SeedPaths { get; } = new[] { "events/falco-traces", "events/detections", "events/audit2rbac/demo-v1.jsonl", "fuzz/event-reader" };

    public void Run(ReadOnlySpan<byte> input)
    {
        var bytes = input.ToArray();
        var serial = Read(bytes, workers: 1);
        var parallel = Read(bytes, workers: 2);
        if (serial != parallel)
        {
            throw new InvalidOperationException($"one thread and two read differently:\n{serial}\n---\n{parallel}");
        }
        Read(Gzip(bytes)[..^(bytes.Length % 5)], workers: 1);
    }

    /// <summary>What goes to stdout, then what goes to stderr: each in order (batches differ, the two streams must not).</summary>
    private static string Read(byte[] bytes, int workers)
    {
        var output = new StringBuilder();
        var problems = new StringBuilder();
        AuditLogReader.Read([LogInput.Of("fuzz", () => new MemoryStream(bytes, writable: false))], new EventReadOptions { Workers = workers, BatchBytes = 256 },
            () => new Worker(), r =>
            {
                output.Append(Encoding.UTF8.GetString(r.Output.WrittenSpan));
                foreach (var p in r.Problems)
                {
                    problems.Append(p).Append('\n');
                }
            });
        return output + "\n---\n" + problems;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        return buffer.ToArray();
    }

    private sealed class Worker : IEventWorker<BatchResult>
    {
        private readonly EventDecoder _decoder = new();
        private readonly Utf8AuditEvent _slow = new() { UseFastScan = false };

        public void Process(in FramedValue value, BatchResult into)
        {
            var output = into.Output;
            _decoder.Decode(value, into, e =>
            {
                var fields = EventFields.Of(e);
                if (_slow.Load(e.Json) is null && EventFields.Of(_slow) != fields)
                {
                    throw new InvalidOperationException($"the fast scan and System.Text.Json read an event differently:\n{EventFields.Of(_slow)}\n{fields}");
                }
                output.Write(Encoding.UTF8.GetBytes(fields + "\n"));
            });
        }
    }
}
