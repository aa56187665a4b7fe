using System;
using System.IO;

namespace PolicyKit.Benchmarks;

/// <summary>Paths of the shared test fixtures (tests/fixtures), found from wherever the benchmark runs.</summary>
internal static class Fixtures
{
    // BenchmarkDotNet runs each benchmark from a generated project under bin/, so we walk up
    // from the running assembly rather than rely on the working directory.
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Policy(string name) => Path.Combine(Root.Value, "policies", name);

    public static string Events(string relativePath) => Path.Combine(Root.Value, "events", relativePath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"no tests/fixtures folder above {AppContext.BaseDirectory}");
    }
}
