using System.Diagnostics;

namespace PolicyKit.Fuzz;

/// <summary>An input that made a target throw, with what it threw.</summary>
public sealed record FuzzCrash(byte[] Input, Exception Exception);

/// <summary>
/// Runs a target on mutated seeds until an iteration or time bound: the CI smoke run, and a long run that needs
/// no AFL++. Stops at the first crash.
/// </summary>
public static class MutationRun
{
    public static (int Iterations, FuzzCrash? Crash) Run(IFuzzTarget target, IReadOnlyList<byte[]> seeds, int seed, int maxIterations, TimeSpan maxTime)
    {
        var mutator = new Mutator(seeds, seed);
        var clock = Stopwatch.StartNew();
        var i = 0;
        for (; i < maxIterations && clock.Elapsed < maxTime; i++)
        {
            var input = mutator.Next();
            try
            {
                target.Run(input);
            }
            catch (Exception ex)
            {
                return (i + 1, new FuzzCrash(input, ex));
            }
        }
        return (i, null);
    }

    /// <summary>The seed inputs of a target: every file of its seed paths under tests/fixtures.</summary>
    public static IReadOnlyList<byte[]> Seeds(IFuzzTarget target, string fixtures)
        => target.SeedPaths.Select(p => Path.Combine(fixtures, p))
            .SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p).Order(StringComparer.Ordinal) : File.Exists(p) ? [p] : Enumerable.Empty<string>())
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Select(File.ReadAllBytes)
            .ToList();
}
