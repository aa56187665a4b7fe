using System.Text.Json;
using ClusterPolicy;
using PolicyKit.Diagnostics;

namespace PolicyKit.Build.Tests;

/// <summary>PolicyKitBaseline: the build writes policy-diff.md and .json beside the artifacts, only when set, never from a bad baseline.</summary>
public class PolicyBaselineDiffTests
{
    private static readonly string PolicyAssembly = typeof(ClusterAuditPolicy).Assembly.Location;

    private static (WritePolicyArtifacts Task, TestBuildEngine Engine) Task(TempFolder temp, string? baseline)
    {
        var engine = new TestBuildEngine();
        return (new WritePolicyArtifacts { BuildEngine = engine, AssemblyPath = PolicyAssembly, ArtifactsPath = temp.File("out"), ProjectFile = "p.csproj", Baseline = baseline }, engine);
    }

    /// <summary>The released policy with its first Request rule at RequestResponse: a one-rule change.</summary>
    private static string OneRuleChanged()
    {
        var lines = ClusterAuditPolicy.Yaml.Split('\n').ToList();
        var at = lines.IndexOf("  - level: Request");
        lines[at] = "  - level: RequestResponse";
        return string.Join("\n", lines);
    }

    [Fact]
    public void Against_the_same_release_the_diff_reports_no_change()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("released.yaml"), ClusterAuditPolicy.Yaml);
        var (task, engine) = Task(temp, temp.File("released.yaml"));
        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        Assert.Contains("**No change**", File.ReadAllText(temp.File("out", "cluster", "policy-diff.md")));
        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("out", "cluster", "policy-diff.json")));
        Assert.False(json.RootElement.GetProperty("changed").GetBoolean());
        Assert.Equal(9, task.Artifacts.Length);
        // The manifest lists the release files only.
        Assert.DoesNotContain("policy-diff", File.ReadAllText(temp.File("out", "cluster", "manifest.json")));
    }

    [Fact]
    public void A_changed_rule_is_reported_with_its_region_and_witness()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("release", "cluster"));
        File.WriteAllText(temp.File("release", "cluster", "audit-policy.yaml"), OneRuleChanged());
        var (task, engine) = Task(temp, temp.File("release"));
        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        var md = File.ReadAllText(temp.File("out", "cluster", "policy-diff.md"));
        Assert.Contains("| 1 | RequestResponse", md);
        Assert.Contains("<details>", md);
        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("out", "cluster", "policy-diff.json")));
        var region = json.RootElement.GetProperty("regions")[0];
        Assert.Equal("RequestResponse", region.GetProperty("old").GetProperty("level").GetString());
        Assert.Equal("Request", region.GetProperty("new").GetProperty("level").GetString());
    }

    [Fact]
    public void Without_a_baseline_no_diff_is_written_and_an_old_one_is_removed()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("released.yaml"), ClusterAuditPolicy.Yaml);
        var (first, _) = Task(temp, temp.File("released.yaml"));
        Assert.True(first.Execute());
        Assert.True(File.Exists(temp.File("out", "cluster", "policy-diff.md")));
        var (second, _) = Task(temp, null);
        second.PreviousArtifacts = first.Artifacts;
        Assert.True(second.Execute());
        Assert.False(File.Exists(temp.File("out", "cluster", "policy-diff.md")));
        Assert.False(File.Exists(temp.File("out", "cluster", "policy-diff.json")));
    }

    [Fact]
    public void A_baseline_that_is_not_a_released_policy_fails_with_pk3007_at_its_line_and_writes_nothing()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("hand-written.yaml"), ClusterAuditPolicy.Yaml.Replace("rules:\n", "rules:\n\n"));
        var (task, engine) = Task(temp, temp.File("hand-written.yaml"));
        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal(DiagnosticIds.BaselineUnreadable, error.Code);
        Assert.Equal(temp.File("hand-written.yaml"), error.File);
        Assert.True(error.LineNumber > 0);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void The_baseline_can_be_the_released_assembly_or_package_of_the_policy()
    {
        using var temp = new TempFolder();
        var package = temp.File("ClusterPolicy.1.0.0.nupkg");
        using (var zip = System.IO.Compression.ZipFile.Open(package, System.IO.Compression.ZipArchiveMode.Create))
        {
            System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(zip, PolicyAssembly, "lib/net10.0/ClusterPolicy.dll");
            zip.CreateEntry("lib/net10.0/readme.txt");
        }
        foreach (var baseline in new[] { PolicyAssembly, package })
        {
            var (task, engine) = Task(temp, baseline);
            Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
            Assert.Contains("**No change**", File.ReadAllText(temp.File("out", "cluster", "policy-diff.md")));
        }
        var (other, errors) = Task(temp, typeof(PolicyBaselineDiffTests).Assembly.Location);
        Assert.False(other.Execute());
        Assert.Contains("holds no compiled policy \"cluster\"", Assert.Single(errors.Errors).Message);
    }

    [Fact]
    public void A_missing_baseline_fails_with_pk3007_and_writes_nothing()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("release"));
        var (task, engine) = Task(temp, temp.File("release"));
        Assert.False(task.Execute());
        Assert.Equal(DiagnosticIds.BaselineUnreadable, Assert.Single(engine.Errors).Code);
        Assert.False(Directory.Exists(temp.File("out")));
    }
}
