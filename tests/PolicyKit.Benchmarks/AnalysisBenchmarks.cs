using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using PolicyKit.Analysis;
using PolicyKit.Tests;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Benchmarks;

/// <summary>
/// All PK1nnn analyses (target in docs/benchmarks.md: a 500-rule policy in under 1 s): the generated 500-rule policy of the
/// tests (tests/Shared/LargePolicy.cs), and the GKE default policy for scale.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private Policy _large = null!;
    private Policy _gke = null!;

    [GlobalSetup]
    public void Setup()
    {
        _large = LargePolicy.Create(500);
        _gke = PolicyYamlReader.ReadFile(Fixtures.Policy("gke-gce-default.yaml")).Policy!;
    }

    [Benchmark(Description = "Analyze 500 rules")]
    public IReadOnlyList<PolicyFinding> Analyze500() => PolicyAnalysis.Analyze(_large);

    [Benchmark(Description = "Witnesses 500 rules")]
    public IReadOnlyList<RuleWitness> Witnesses500() => PolicyAnalysis.Witnesses(_large);

    [Benchmark(Description = "Analyze GKE (17 rules)")]
    public IReadOnlyList<PolicyFinding> AnalyzeGke() => PolicyAnalysis.Analyze(_gke);
}
