namespace PolicyKit.Tests;

/// <summary>
/// The generated code for the examples, compared with the files in Golden/. After an intended change to
/// the emitters, run the tests with POLICYKIT_ACCEPT=1 to rewrite them and review the diff.
/// </summary>
public class GoldenTests
{
    public static TheoryData<string> Examples() => new("ClusterPolicy");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Generated_code_matches_the_golden_file(string example)
    {
        var folder = Path.Combine(Fixtures.RepositoryRoot, "examples", example);
        var sources = Directory.GetFiles(folder, "*.cs", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var result = GeneratorHarness.Run(sources);
        var accept = Environment.GetEnvironmentVariable("POLICYKIT_ACCEPT") == "1";
        if (!accept)
        {
            Assert.Empty(result.Problems);
        }
        foreach (var generated in result.Run.Results.Single().GeneratedSources)
        {
            var golden = Path.Combine(Fixtures.RepositoryRoot, "tests", "PolicyKit.Generators.Tests", "Golden", generated.HintName);
            var actual = generated.SourceText.ToString();
            if (accept)
            {
                // Written even when it does not compile, so the problem can be read in the file.
                File.WriteAllText(golden, actual);
                continue;
            }
            Assert.True(File.Exists(golden), $"no golden file {golden}; run with POLICYKIT_ACCEPT=1 to create it");
            Assert.Equal(File.ReadAllText(golden), actual);
        }
    }
}
