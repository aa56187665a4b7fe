using BenchmarkDotNet.Running;

namespace PolicyKit.Benchmarks;

public static class Program
{
    // The switcher lets --filter pick benchmarks, so CI and humans run the same entry point.
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
