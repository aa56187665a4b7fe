namespace PolicyKit.Tests;

/// <summary>Directory and glob arguments, for policies (validate, lint) and logs (detect, evaluate, filter, simulate, diff --events).</summary>
public class InputPatternTests
{
    private static readonly string Policies = Fixtures.Path("policies");

    [Fact]
    public void A_directory_is_its_yaml_files_sorted()
    {
        var r = CliRunner.Run("validate", Policies + Path.DirectorySeparatorChar);
        var verdicts = r.OutLines.Where(l => l.Contains(": valid for ", StringComparison.Ordinal) || l.Contains(": invalid: ", StringComparison.Ordinal))
            .Select(l => l.Substring(0, l.IndexOf(".yaml: ", StringComparison.Ordinal) + 5)).ToList();
        Assert.Equal(Fixtures.Policies().Select(p => Path.Combine(Policies, Path.GetFileName(p))), verdicts);
    }

    [Fact]
    public void A_pattern_is_what_it_matches_and_lints_like_the_files_named()
    {
        var pattern = CliRunner.Run("lint", Path.Combine(Policies, "kubermatic-*.yaml"));
        var named = CliRunner.Run(["lint", .. Fixtures.Policies().Where(p => Path.GetFileName(p).StartsWith("kubermatic-", StringComparison.Ordinal))]);
        Assert.Equal(named.Out, pattern.Out);
        Assert.Equal(named.ExitCode, pattern.ExitCode);
        Assert.Equal(3, pattern.OutLines.Count(l => l.Contains(" rules, ", StringComparison.Ordinal) || l.Contains(" rule, ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Subdirectories_are_read_only_with_double_star()
    {
        var root = Directory.CreateTempSubdirectory("pk-glob-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "team", "a"));
        File.Copy(Fixtures.Policy("talos-default.yaml"), Path.Combine(root, "top.yaml"));
        File.Copy(Fixtures.Policy("talos-default.yaml"), Path.Combine(root, "team", "a", "deep.yml"));
        File.WriteAllText(Path.Combine(root, "notes.txt"), "not a policy");
        Assert.Single(CliRunner.Run("validate", root).OutLines);
        Assert.Single(CliRunner.Run("validate", Path.Combine(root, "*")).OutLines, l => l.Contains("top.yaml: valid", StringComparison.Ordinal));
        var deep = CliRunner.Run("validate", Path.Combine(root, "**", "*.yml"));
        Assert.Equal([Path.Combine(root, "team", "a", "deep.yml").Replace('\\', '/') + ": valid for Kubernetes 1.36 (1 rule)"], deep.OutLines.Select(l => l.Replace('\\', '/')));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("lint")]
    public void No_match_is_a_usage_error(string command)
    {
        var r = CliRunner.Run(command, Path.Combine(Policies, "nothing-*.yaml"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("nothing-*.yaml: no file matches", r.Error);
        var empty = Directory.CreateTempSubdirectory("pk-empty-").FullName;
        var dir = CliRunner.Run(command, empty);
        Assert.Equal(2, dir.ExitCode);
        Assert.Contains(": is a directory without .yaml or .yml files", dir.Error);
    }

    [Fact]
    public void Log_patterns_expand_for_every_log_command()
    {
        var traces = Fixtures.Path("events", "falco-traces");
        var files = Directory.GetFiles(traces, "*_pod.json").Order(StringComparer.Ordinal).ToArray();
        Assert.True(files.Length > 1);
        var named = CliRunner.Run(["detect", .. files]);
        var pattern = CliRunner.Run("detect", Path.Combine(traces, "*_pod.json"));
        Assert.Equal(named.Out, pattern.Out);
        Assert.NotEmpty(pattern.OutLines);
        var evaluate = CliRunner.Run("evaluate", "-p", Fixtures.Policy("gke-gce-default.yaml"), "-e", Path.Combine(traces, "*_pod.json"));
        Assert.Equal(0, evaluate.ExitCode);
        Assert.Equal(CliRunner.Run(["evaluate", "-p", Fixtures.Policy("gke-gce-default.yaml"), "-e", .. files]).Out, evaluate.Out);
        var none = CliRunner.Run("detect", Path.Combine(traces, "*.nothing"));
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("*.nothing: no file matches", none.Error);
    }
}
