using System;
using BenchmarkDotNet.Attributes;

namespace PolicyKit.Benchmarks;

/// <summary>Adds the MB/s column to a benchmark class that exposes <c>public static long InputBytes</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ThroughputColumnAttribute : ColumnConfigBaseAttribute
{
    public ThroughputColumnAttribute()
        : base(new ThroughputColumn())
    {
    }
}
