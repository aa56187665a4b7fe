using System.IO;
using BenchmarkDotNet.Attributes;
using PolicyKit.Diff;
using PolicyKit.Tests;
using PolicyKit.Yaml;

namespace PolicyKit.Benchmarks;

/// <summary>
/// <c>PolicyDiff.Compare</c> (issue 12: two 500-rule policies &lt; 2 s; the GKE default against a one-rule change
/// &lt; 100 ms): 500 rules made of the real fixture policies' rules (<see cref="RealRulePolicy"/>) against one and ten
/// edits and against a change of the catch-all every request may reach, the generated 500-rule policy against one
/// edit, a 500-rule policy against itself across 1.35 → 1.36, and the GKE default policy against
/// tests/fixtures/diff/gke-gce-default-configmaps-logged.yaml.
/// </summary>
[MemoryDiagnoser]
public class DiffBenchmarks
{
    private Policy _real = null!;
    private Policy _realOneEdit = null!;
    private Policy _realTenEdits = null!;
    private Policy _realCatchAll = null!;
    private Policy _large = null!;
    private Policy _largeOneEdit = null!;
    private Policy _gke = null!;
    private Policy _gkeConfigMapsLogged = null!;

    [GlobalSetup]
    public void Setup()
    {
        var policies = Path.GetDirectoryName(Fixtures.Policy("gke-gce-default.yaml"))!;
        _real = RealRulePolicy.Create(policies, 500);
        _realOneEdit = RealRulePolicy.WithLevelChanged(_real, 100);
        _realTenEdits = _real;
        for (var k = 5; k < 500; k += 50)
        {
            _realTenEdits = RealRulePolicy.WithLevelChanged(_realTenEdits, k);
        }
        _realCatchAll = RealRulePolicy.WithLevelChanged(_real, 499);
        _large = LargePolicy.Create(500);
        _largeOneEdit = RealRulePolicy.WithLevelChanged(_large, 250);
        _gke = PolicyYamlReader.ReadFile(Fixtures.Policy("gke-gce-default.yaml")).Policy!;
        _gkeConfigMapsLogged = PolicyYamlReader.ReadFile(Path.Combine(policies, "..", "diff", "gke-gce-default-configmaps-logged.yaml")).Policy!;
    }

    [Benchmark(Description = "GKE vs one-rule change")]
    public PolicyDiffResult Gke() => PolicyDiff.Compare(_gke, _gkeConfigMapsLogged);

    [Benchmark(Description = "Real 500 vs one edit")]
    public PolicyDiffResult RealOneEdit() => PolicyDiff.Compare(_real, _realOneEdit);

    [Benchmark(Description = "Real 500 vs ten edits")]
    public PolicyDiffResult RealTenEdits() => PolicyDiff.Compare(_real, _realTenEdits);

    [Benchmark(Description = "Real 500 vs catch-all edit")]
    public PolicyDiffResult RealCatchAll() => PolicyDiff.Compare(_real, _realCatchAll);

    [Benchmark(Description = "Generated 500 vs one edit")]
    public PolicyDiffResult LargeOneEdit() => PolicyDiff.Compare(_large, _largeOneEdit);

    [Benchmark(Description = "Real 500, 1.35 -> 1.36")]
    public PolicyDiffResult RealAcrossVersions() => PolicyDiff.Compare(_real, _real, new DiffVersions(new KubernetesVersion(1, 35), new KubernetesVersion(1, 36)));
}
