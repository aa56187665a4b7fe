using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PolicyKit.Cli.Events;
using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;

namespace PolicyKit.Benchmarks;

/// <summary>
/// <c>policykit detect</c>'s inner loop with the full built-in pack, single-threaded over a log in memory:
/// JsonValueReader splits it, DetectionEngine.Process decides each event (prefilter, index, compiled rules).
/// MB/s = <c>InputBytes</c> / mean time (the MB/s column). Subclasses pick the log.
/// </summary>
[MemoryDiagnoser]
[ThroughputColumn]
public abstract class DetectBenchmarks
{
    private const long TargetBytes = 50_000_000;

    private byte[] _log = null!;
    private DetectionEngine _engine = null!;
    private DetectionEngine _noPrefilter = null!;
    private int _alerts;
    private Action<DetectionRule, Utf8AuditEvent, Burst?> _onAlert = null!;

    /// <summary>The fixture's lines, one event per line.</summary>
    protected static byte[] Lines(params string[] files)
        => files.SelectMany(f => File.ReadAllLines(Fixtures.Events(f)).Where(l => l.Trim().Length > 2 && l.TrimStart().StartsWith('{')))
            .SelectMany(l => System.Text.Encoding.UTF8.GetBytes(l.Trim() + "\n")).ToArray();

    protected static long Size(byte[] one) => (long)one.Length * Copies(one.Length);

    private static int Copies(int length) => (int)((TargetBytes + length - 1) / length);

    protected abstract byte[] Input();

    [GlobalSetup]
    public void Setup()
    {
        var one = Input();
        var copies = Copies(one.Length);
        _log = new byte[one.Length * copies];
        for (var i = 0; i < copies; i++)
        {
            one.CopyTo(_log, i * one.Length);
        }
        _engine = new DetectionEngine(BuiltInDetections.Detections);
        _noPrefilter = new DetectionEngine(BuiltInDetections.Detections) { UsePrefilter = false };
        _onAlert = (_, _, _) => _alerts++;
        Console.WriteLine($"// {GetType().Name}: {_log.Length} bytes ({copies} copies), {Run(_engine)} alerts");
    }

    /// <summary>The whole pack, as detect runs it.</summary>
    [Benchmark(Baseline = true)]
    public int Detect() => Run(_engine);

    /// <summary>The same without the raw-JSON prefilter: every event parsed, then indexed.</summary>
    [Benchmark]
    public int DetectParsingEveryEvent() => Run(_noPrefilter);

    private int Run(DetectionEngine engine)
    {
        _alerts = 0;
        var reader = new JsonValueReader(new MemoryStream(_log, writable: false));
        while (reader.TryRead(out var value))
        {
            engine.Process(value.Json, _onAlert, out var problem, out _);
            if (problem is not null)
            {
                throw new InvalidDataException(problem);
            }
        }
        return _alerts;
    }
}

/// <summary>A real cluster's Metadata-level log (immudb), repeated to ~50 MB: the target in docs/benchmarks.md, ≥ 400 MB/s.</summary>
public class DetectMetadataLogBenchmarks : DetectBenchmarks
{
    private static readonly byte[] One = Lines("immudb/k8s-metadata.jsonl");

    public static long InputBytes => Size(One);

    protected override byte[] Input() => One;
}

/// <summary>Body-heavy events: Falco's traces (pods, workloads, roles, bindings, services with request and response bodies), repeated.</summary>
public class DetectBodyHeavyBenchmarks : DetectBenchmarks
{
    private static readonly byte[] One = Lines(Directory.GetFiles(Fixtures.Events("falco-traces"), "*.json").Order(StringComparer.Ordinal)
        .Where(f => !f.EndsWith("fal_01_003.json", StringComparison.Ordinal)).Select(f => Path.Combine("falco-traces", Path.GetFileName(f))).ToArray());

    public static long InputBytes => Size(One);

    protected override byte[] Input() => One;
}
