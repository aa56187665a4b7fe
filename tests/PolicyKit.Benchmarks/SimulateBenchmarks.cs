using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;
using PolicyKit.Events.Replay;
using PolicyKit.Yaml;

namespace PolicyKit.Benchmarks;

/// <summary>
/// <c>policykit simulate</c>'s inner loop on one thread: the immudb log (Metadata level) repeated in memory to ~50 MB,
/// framed and replayed through the GKE default policy by the replay engine (decide, volume, estimate, talkers).
/// MB/s = <see cref="InputBytes"/> / mean time. Target in docs/benchmarks.md: ≥ 300 MB/s per core.
/// </summary>
[MemoryDiagnoser]
[ThroughputColumn]
public class SimulateBenchmarks
{
    private const long TargetBytes = 50_000_000;
    private static readonly byte[] One = File.ReadAllBytes(Fixtures.Events("immudb/k8s-metadata.jsonl"));

    private byte[] _log = null!;
    private ReplayWorker _worker = null!;
    private ReplayTally _tally = null!;

    public static long InputBytes => (long)One.Length * Copies;

    private static int Copies => (int)((TargetBytes + One.Length - 1) / One.Length);

    [GlobalSetup]
    public void Setup()
    {
        _log = Enumerable.Range(0, Copies).SelectMany(_ => One).ToArray();
        var policy = PolicyYamlReader.Read(File.OpenRead(Fixtures.Policy("gke-gce-default.yaml")), KubernetesVersion.Latest).Policy!;
        ReplaySide[] sides = [ReplaySide.Evaluated("gke", policy, KubernetesVersion.Latest)];
        _worker = new ReplayWorker(sides, BodySizeModel.Default);
        _tally = LogReplay.NewTotal(sides);
        _tally.Input = LogInput.File("benchmark");
        Console.WriteLine($"// SimulateBenchmarks: {_log.Length} bytes, {Simulate()} bytes written");
    }

    /// <summary>Every event decided and tallied, as one batch.</summary>
    [Benchmark]
    public long Simulate()
    {
        _tally.Clear();
        var framer = new JsonValueFramer(new MemoryStream(_log, writable: false));
        while (framer.TryRead(out var value))
        {
            _worker.Process(value, _tally);
        }
        if (_tally.Problems.Count > 0)
        {
            throw new InvalidDataException(_tally.Problems[0].ToString());
        }
        return _tally.Sides[0].Bytes;
    }
}
