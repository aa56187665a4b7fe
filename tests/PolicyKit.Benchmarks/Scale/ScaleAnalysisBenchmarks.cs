using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using PolicyKit.Analysis;
using PolicyKit.Validation;

namespace PolicyKit.Benchmarks.Scale;

/// <summary>
/// Every PK1nnn analysis and the per-rule witnesses of the real-shaped policies (Scale/ScalePolicySet.cs).
/// 20,000 rules take too long for BenchmarkDotNet's repetitions: `measure-analysis` times them once (MeasureAnalysis.cs).
/// </summary>
[MemoryDiagnoser]
public class ScaleAnalysisBenchmarks
{
    private Policy _policy = null!;

    [Params(100, 500, 2000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup() => _policy = ScalePolicySet.Create(Rules);

    [Benchmark]
    public IReadOnlyList<PolicyFinding> Analyze() => PolicyAnalysis.Analyze(_policy);

    [Benchmark]
    public IReadOnlyList<RuleWitness> Witnesses() => PolicyAnalysis.Witnesses(_policy);
}
