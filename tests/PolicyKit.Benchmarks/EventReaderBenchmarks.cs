using System;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;

namespace PolicyKit.Benchmarks;

/// <summary>
/// Throughput of reading audit logs on one thread (target in docs/benchmarks.md: ≥ 400 MB/s per core): a
/// real cluster's JSON lines repeated in memory to ~50 MB, so the disk is out of the picture; and the
/// same events as one pretty-printed EventList (the webhook's format), which must read as fast (linear).
/// MB/s = <see cref="InputBytes"/> / mean time, shown by the MB/s column.
/// </summary>
[MemoryDiagnoser]
[ThroughputColumn]
public class EventReaderBenchmarks
{
    private const string Log = "immudb/k8s-metadata.jsonl";
    private const long TargetBytes = 50_000_000;

    private byte[] _log = null!;
    private byte[] _pretty = null!;
    private byte[] _batches = null!;
    private long _expectedEvents;

    /// <summary>
    /// Size of the in-memory log. Computed from the fixture alone, so the MB/s column (which runs in the
    /// host process, not the benchmark process) gets the same number the benchmark reads.
    /// </summary>
    public static long InputBytes
    {
        get
        {
            var one = ReadFixture();
            return (long)one.Length * CopiesOf(one.Length);
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        var one = ReadFixture();
        var copies = CopiesOf(one.Length);
        _log = new byte[one.Length * copies];
        for (var i = 0; i < copies; i++)
        {
            one.CopyTo(_log, i * one.Length);
        }
        _pretty = PrettyEventList(_log);
        _batches = PrettyBatches(_log, 400);
        _expectedEvents = Decode(_log);
        Console.WriteLine($"// {nameof(EventReaderBenchmarks)}: {_log.Length} bytes, {_expectedEvents} events ({copies} copies of {Log}); pretty-printed EventList {_pretty.Length} bytes, as batches of 400 {_batches.Length} bytes");
    }

    /// <summary>Splitting the stream into values only: the framing cost inside the full read.</summary>
    [Benchmark]
    public int SplitLines()
    {
        var framer = new JsonValueFramer(new MemoryStream(_log, writable: false));
        var values = 0;
        while (framer.TryRead(out var value))
        {
            values += value.Error is null ? 1 : 0;
        }
        return values;
    }

    /// <summary>What evaluate does per value before deciding: split, then decode the event.</summary>
    [Benchmark(Baseline = true)]
    public long SplitAndDecode() => Check(Decode(_log));

    /// <summary>The same events as one pretty-printed EventList: scanned once across its lines, then decoded item by item.</summary>
    [Benchmark]
    public long PrettyPrintedEventList() => Check(Decode(_pretty));

    /// <summary>The same events as the webhook posts them: pretty-printed EventLists of 400 (its default batch), one after another.</summary>
    [Benchmark]
    public long PrettyPrintedBatches() => Check(Decode(_batches));

    private long Check(long events) => events == _expectedEvents ? events : throw new InvalidOperationException($"read {events} events, expected {_expectedEvents}");

    private static long Decode(byte[] log)
    {
        var summary = AuditLogReader.Read([LogInput.Of("log", () => new MemoryStream(log, writable: false))], new EventReadOptions { Workers = 1 },
            () => new CountingWorker(), r => { if (r.Problems.Count > 0) throw new InvalidDataException(r.Problems[0].ToString()); });
        return summary.Events;
    }

    private static byte[] PrettyEventList(byte[] lines) => PrettyBatches(lines, int.MaxValue);

    /// <summary>EventLists of up to <paramref name="batch"/> items, each member of an item on a line of its own.</summary>
    private static byte[] PrettyBatches(byte[] lines, int batch)
    {
        var text = new StringBuilder();
        var items = Encoding.UTF8.GetString(lines).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var chunk in items.Chunk(batch))
        {
            text.Append("{\n  \"kind\": \"EventList\",\n  \"apiVersion\": \"audit.k8s.io/v1\",\n  \"metadata\": {},\n  \"items\": [\n");
            text.AppendJoin(",\n", chunk.Select(i => "    " + i.Replace(",\"", ",\n      \"")));
            text.Append("\n  ]\n}\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] ReadFixture()
    {
        var bytes = File.ReadAllBytes(Fixtures.Events(Log));
        // Copies are joined by newlines: a fixture without a final one gets it here.
        return bytes.Length > 0 && bytes[^1] == (byte)'\n' ? bytes : [.. bytes, (byte)'\n'];
    }

    private static int CopiesOf(int length) => (int)((TargetBytes + length - 1) / length);

    private sealed class CountingWorker : IEventWorker<BatchResult>
    {
        private readonly EventDecoder _decoder = new();
        private readonly Action<PolicyKit.Events.Utf8AuditEvent> _onEvent = _ => { };

        public void Process(in FramedValue value, BatchResult into) => _decoder.Decode(value, into, _onEvent);
    }
}
