using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using PolicyKit.Cli.Events;

namespace PolicyKit.Benchmarks;

/// <summary>
/// Throughput of reading Metadata-level audit logs (target in docs/benchmarks.md: ≥ 400 MB/s per core): a real cluster's
/// JSON lines repeated in memory to ~50 MB, so the disk is out of the picture and the run is single-threaded.
/// MB/s = <see cref="InputBytes"/> / mean time, shown by the MB/s column.
/// </summary>
[MemoryDiagnoser]
[ThroughputColumn]
public class EventReaderBenchmarks
{
    private const string Log = "immudb/k8s-metadata.jsonl";
    private const long TargetBytes = 50_000_000;

    private byte[] _log = null!;
    private int _expectedEvents;
    private int _events;
    private Action<AuditEventSummary> _onEvent = null!;

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
        // A cached delegate, so the benchmark measures the reader, not a closure allocation per call.
        _onEvent = _ => _events++;
        _expectedEvents = CountEvents();
        Console.WriteLine($"// {nameof(EventReaderBenchmarks)}: {_log.Length} bytes, {_expectedEvents} events ({copies} copies of {Log})");
    }

    /// <summary>
    /// Splitting the stream into lines only: the framing cost inside the full read (one-object lines are
    /// handed on unchecked; the event parser is the one pass over their bytes).
    /// </summary>
    [Benchmark]
    public int SplitLines()
    {
        var reader = new JsonValueReader(new MemoryStream(_log, writable: false));
        var values = 0;
        while (reader.TryRead(out var value))
        {
            values += value.IsError ? 0 : 1;
        }
        return values;
    }

    /// <summary>What replay does per input: split, then parse the fields a policy needs.</summary>
    [Benchmark]
    public int SplitAndParse()
    {
        var events = CountEvents();
        if (events != _expectedEvents)
        {
            throw new InvalidOperationException($"read {events} events, expected {_expectedEvents}");
        }
        return events;
    }

    private int CountEvents()
    {
        // Exactly the CLI's path (evaluate, and later detect): AuditLogReader over the bytes.
        _events = 0;
        AuditLogReader.Read(new MemoryStream(_log, writable: false), "log", _onEvent, line => throw new InvalidDataException(line));
        return _events;
    }

    private static byte[] ReadFixture()
    {
        var bytes = File.ReadAllBytes(Fixtures.Events(Log));
        // Copies are joined by newlines: a fixture without a final one gets it here.
        return bytes.Length > 0 && bytes[^1] == (byte)'\n' ? bytes : [.. bytes, (byte)'\n'];
    }

    private static int CopiesOf(int length) => (int)((TargetBytes + length - 1) / length);
}
