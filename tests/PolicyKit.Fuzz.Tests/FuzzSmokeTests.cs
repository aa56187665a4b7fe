using PolicyKit.Fuzz;

namespace PolicyKit.Tests;

/// <summary>
/// The CI share of fuzzing: every target on a few thousand mutated seeds with a fixed seed (so a failure
/// reproduces with <c>policykit-fuzz mutate TARGET --seed N</c>), and every committed crash input once more.
/// The long runs are in docs/fuzzing.md.
/// </summary>
public class FuzzSmokeTests
{
    public static TheoryData<string> Targets() => new(FuzzTargets.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Targets))]
    public void Mutated_seeds_never_crash_a_target(string name)
    {
        var target = FuzzTargets.Find(name)!;
        var seeds = MutationRun.Seeds(target, Fixtures.Root);
        Assert.NotEmpty(seeds);
        // The time bound only keeps a slow machine under a minute; the iteration bound is what a normal run reaches.
        var (done, crash) = MutationRun.Run(target, seeds, seed: 20261203, maxIterations: 3000, maxTime: TimeSpan.FromSeconds(50));
        Assert.True(crash is null, crash is null ? "" : $"crash after {done} inputs: {crash.Exception}\ninput (base64): {Convert.ToBase64String(crash.Input)}");
        Assert.True(done > 0);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Committed_crash_inputs_no_longer_crash(string name)
    {
        var folder = Fixtures.Path("fuzz", name);
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)) : [])
        {
            FuzzTargets.Find(name)!.Run(File.ReadAllBytes(file));
        }
    }

    [Fact]
    public void The_mutator_is_reproducible_from_its_seed()
    {
        var seeds = new[] { "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: None\n"u8.ToArray() };
        var a = new Mutator(seeds, 7);
        var b = new Mutator(seeds, 7);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(a.Next(), b.Next());
        }
    }
}
