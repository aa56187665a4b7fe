using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using PolicyKit.Analysis;
using PolicyKit.Diagnostics;

namespace PolicyKit.Benchmarks.Scale;

/// <summary>
/// <c>dotnet run -c Release --project tests/PolicyKit.Benchmarks -- measure-analysis [sizes...]</c>: one timed
/// run of the whole analysis per real-shaped policy size, and of the pathological single rules of issue 17
/// (100,000 resources; 600,000 users), with the bytes allocated and the process's peak working set. A
/// measurement, not a benchmark: one run each, on whatever else the machine is doing.
/// </summary>
internal static class MeasureAnalysis
{
    public static int Run(string[] args)
    {
        var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : new[] { 100, 500, 2000, 20000 };
        foreach (var size in sizes)
        {
            Measure($"real-shaped {size} rules", size == 0 ? null : ScalePolicySet.Create(size));
        }
        var resources = Enumerable.Range(0, 100_000).Select(i => "widgets" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        Measure("one rule, 100,000 resources", new Policy(new EquatableArray<PolicyRule>([
            new PolicyRule(Level.Metadata) { Resources = new([new GroupResources("example.com", new(resources))]) },
            new PolicyRule(Level.None)])));
        var users = Enumerable.Range(0, 600_000).Select(i => "user-" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        Measure("one rule, 600,000 users", new Policy(new EquatableArray<PolicyRule>([
            new PolicyRule(Level.None) { Users = new(users) },
            new PolicyRule(Level.Metadata)])));
        return 0;
    }

    private static void Measure(string name, Policy? policy)
    {
        if (policy is null)
        {
            return;
        }
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        var findings = PolicyAnalysis.Analyze(policy);
        var analyze = watch.Elapsed;
        watch.Restart();
        var witnesses = PolicyAnalysis.Witnesses(policy);
        var witness = watch.Elapsed;
        var bytes = GC.GetTotalAllocatedBytes(true) - allocated;
        var open = findings.Count(f => f.Id == DiagnosticIds.NotProvenWithinBudget);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: analyze {analyze.TotalSeconds:F2} s ({findings.Count} findings, {open} PK1052), witnesses {witness.TotalSeconds:F2} s ({witnesses.Count(w => w.Unproven)} unproven), allocated {bytes / 1e6:F0} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));
    }
}
