using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PolicyKit.Benchmarks;

/// <summary>
/// MB/s (10^6 bytes per second) = the benchmark class's <c>public static long InputBytes</c> / mean time,
/// so the throughput target of docs/benchmarks.md can be read off the table instead of computed by hand.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Input bytes / mean time, in 10^6 bytes per second (single-threaded: per core)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var bytes = benchmarkCase.Descriptor.Type
            .GetProperty("InputBytes", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as long?;
        if (mean is not > 0 || bytes is null)
        {
            return "-";
        }
        return (bytes.Value / 1e6 / (mean.Value / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}
