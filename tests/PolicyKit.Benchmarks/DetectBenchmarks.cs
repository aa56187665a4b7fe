using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;

namespace PolicyKit.Benchmarks;

/// <summary>
/// <c>policykit detect</c>'s inner loop with the full built-in pack, single-threaded over a log in memory:
/// JsonValueFramer splits it, DetectionEngine.Process decides each event (prefilter, index, compiled rules),
/// WindowedAlerts makes the matches alerts.
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
    private readonly EventDecoder _decoder = new();
    private readonly BatchResult _result = new() { Input = LogInput.File("benchmark") };
    private int _alerts;
    private Action<PolicyKit.Events.Utf8AuditEvent, System.Collections.Generic.List<DetectionRule>> _onMatches = null!;
    private WindowedAlerts _windows = null!;

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
        _onMatches = (e, matches) =>
        {
            foreach (var rule in matches)
            {
                _alerts += _windows.Raise(WindowedAlerts.Matched(rule, e)) is null ? 0 : 1;
            }
        };
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
        _windows = new WindowedAlerts(engine.Rules);
        _result.Clear();
        var framer = new JsonValueFramer(new MemoryStream(_log, writable: false));
        while (framer.TryRead(out var value))
        {
            engine.Process(value, _decoder, _result, _onMatches);
        }
        if (_result.Problems.Count > 0)
        {
            throw new InvalidDataException(_result.Problems[0].ToString());
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
