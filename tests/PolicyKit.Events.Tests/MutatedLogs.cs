using PolicyKit.Fuzz;

namespace PolicyKit.Tests;

/// <summary>Mutated logs for the tests that read any bytes: the fuzz harness's mutator (tests/PolicyKit.Fuzz), seeded from fixtures.</summary>
internal static class MutatedLogs
{
    /// <summary>The first 20 kB of each file matching <paramref name="pattern"/> under the folders.</summary>
    public static byte[][] Seeds(string pattern, params string[] folders)
        => folders.SelectMany(f => Directory.GetFiles(f, pattern, SearchOption.AllDirectories)).Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllBytes(f).Take(20_000).ToArray()).ToArray();

    /// <summary>Calls <paramref name="check"/> on <paramref name="count"/> mutated inputs (a fixed seed: failures repeat).</summary>
    public static void Each(byte[][] seeds, int count, Action<byte[]> check)
    {
        var mutator = new Mutator(seeds, 20261203);
        for (var i = 0; i < count; i++)
        {
            check(mutator.Next());
        }
    }
}
