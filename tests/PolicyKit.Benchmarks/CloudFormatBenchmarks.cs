using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;
using PolicyKit.Events.Filtering;
using PolicyKit.Events.Formats;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;
using PolicyKit.Tests;
using PolicyKit.Yaml;

namespace PolicyKit.Benchmarks;

/// <summary>
/// detect and filter on one thread over a real cluster's log (immudb, Metadata level) as each cloud delivers it:
/// raw JSON lines, EKS CloudWatch records (the event JSON as a string, unescaped per event), AKS diagnostic
/// records (the same, in properties.log), and GKE LogEntries (mapped field by field). The log is repeated in
/// memory to ~20 MB of its raw form; MB/s = the bytes of the log in that format / mean time (the MB/s column),
/// so an envelope's extra bytes count as input, as they do on disk. detect: the built-in pack; filter: the GKE
/// default policy (tests/fixtures/policies/gke-gce-default.yaml) applied as the apiserver would, output to memory.
/// </summary>
[MemoryDiagnoser]
[ThroughputColumn]
public abstract class CloudFormatBenchmarks
{
    private const int RawTargetBytes = 20_000_000;

    private readonly EventDecoder _decoder = new();
    private readonly EventFilter _filter = new();
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);
    private BatchResult _result = null!;
    private byte[] _log = null!;
    private DetectionEngine _engine = null!;
    private PolicyEvaluator _policy = null!;
    private WindowedAlerts _windows = null!;
    private int _alerts;
    private Action<PolicyKit.Events.Utf8AuditEvent, System.Collections.Generic.List<DetectionRule>> _onMatches = null!;
    private Action<PolicyKit.Events.Utf8AuditEvent> _onEvent = null!;

    protected abstract InputFormat Format { get; }

    /// <summary>The log in this format, made once per process (InputBytes and the benchmark share it).</summary>
    protected static byte[] Make(Func<string, int, string> wrap)
    {
        var lines = File.ReadAllLines(Fixtures.Events("immudb/k8s-metadata.jsonl")).Where(l => l.StartsWith('{')).ToArray();
        var one = new StringBuilder();
        var raw = 0;
        for (var i = 0; raw < RawTargetBytes; i++)
        {
            var line = lines[i % lines.Length];
            raw += line.Length + 1;
            one.Append(wrap(line, i)).Append('\n');
        }
        return Encoding.UTF8.GetBytes(one.ToString());
    }

    protected abstract byte[] Log();

    [GlobalSetup]
    public void Setup()
    {
        _log = Log();
        _result = new BatchResult { Input = LogInput.File("benchmark"), Format = Format };
        _engine = new DetectionEngine(BuiltInDetections.Detections);
        _policy = new PolicyEvaluator(PolicyYamlReader.ReadFile(Fixtures.Policy("gke-gce-default.yaml")).Policy!);
        _onMatches = (e, matches) =>
        {
            foreach (var rule in matches)
            {
                _alerts += _windows.Raise(WindowedAlerts.Matched(rule, e)) is null ? 0 : 1;
            }
        };
        _onEvent = e => _filter.Apply(e, _policy.Evaluate(e.ToRequest()), _output);
        Console.WriteLine($"// {GetType().Name}: {_log.Length} bytes, {Detect()} alerts, {Filter()} bytes filtered");
    }

    [Benchmark]
    public int Detect()
    {
        _alerts = 0;
        _windows = new WindowedAlerts(_engine.Rules);
        Read(value => _engine.Process(value, _decoder, _result, _onMatches));
        return _alerts;
    }

    [Benchmark]
    public long Filter()
    {
        long written = 0;
        Read(value =>
        {
            _output.Clear();
            _decoder.Decode(value, _result, _onEvent);
            written += _output.WrittenCount;
        });
        return written;
    }

    private void Read(Action<FramedValue> process)
    {
        _result.Clear();
        var framer = new JsonValueFramer(new MemoryStream(_log, writable: false));
        while (framer.TryRead(out var value))
        {
            process(value);
        }
        if (_result.Problems.Count > 0)
        {
            throw new InvalidDataException(_result.Problems[0].ToString());
        }
    }
}

/// <summary>The raw log: the baseline the envelopes cost against.</summary>
public class RawFormatBenchmarks : CloudFormatBenchmarks
{
    private static readonly byte[] One = Make((line, _) => line);

    public static long InputBytes => One.Length;

    protected override InputFormat Format => InputFormat.Audit;

    protected override byte[] Log() => One;
}

/// <summary>EKS: one CloudWatch record per line (a Firehose record transformation's output).</summary>
public class EksFormatBenchmarks : CloudFormatBenchmarks
{
    private static readonly byte[] One = Make((line, i) => CloudEnvelopes.Line(CloudEnvelopes.EksRecord(line, i)));

    public static long InputBytes => One.Length;

    protected override InputFormat Format => InputFormat.Eks;

    protected override byte[] Log() => One;
}

/// <summary>AKS: one diagnostic record per line (a storage account's PT1H.json).</summary>
public class AksFormatBenchmarks : CloudFormatBenchmarks
{
    private static readonly byte[] One = Make((line, _) => CloudEnvelopes.Line(CloudEnvelopes.AksRecord(line)));

    public static long InputBytes => One.Length;

    protected override InputFormat Format => InputFormat.Aks;

    protected override byte[] Log() => One;
}

/// <summary>GKE: one LogEntry per line (a Pub/Sub or Cloud Storage sink), RequestReceived events left out as GKE writes none.</summary>
public class GkeFormatBenchmarks : CloudFormatBenchmarks
{
    private static readonly byte[] One = Make((line, _) => CloudEnvelopes.GkeEntry((JsonObject)JsonNode.Parse(line)!) is { } entry ? CloudEnvelopes.Line(entry) : "");

    public static long InputBytes => One.Length;

    protected override InputFormat Format => InputFormat.Gke;

    protected override byte[] Log() => One;
}
