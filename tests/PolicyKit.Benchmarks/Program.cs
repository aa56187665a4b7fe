using BenchmarkDotNet.Running;
using PolicyKit.Benchmarks.Scale;

namespace PolicyKit.Benchmarks;

public static class Program
{
    // The switcher lets --filter pick benchmarks, so CI and humans run the same entry point.
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate-scale-policies")
        {
            return GenerateScalePolicies.Run(args);
        }
        if (args.Length > 0 && args[0] == "serve-load")
        {
            return ServeLoad.Run(args);
        }
        if (args.Length > 0 && args[0] == "measure-analysis")
        {
            return MeasureAnalysis.Run(args);
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
