namespace PolicyKit.Tests;

/// <summary>Finds the repository's test fixtures (tests/fixtures) from the test binaries' folder.</summary>
internal static class Fixtures
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Policy(string name) => Path("policies", name);

    public static IEnumerable<string> Policies() => Directory.GetFiles(Path("policies"), "*.yaml").OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>The repository root (the folder holding PolicyKit.sln).</summary>
    public static string RepositoryRoot => System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", ".."));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/fixtures not found above " + AppContext.BaseDirectory);
    }
}
