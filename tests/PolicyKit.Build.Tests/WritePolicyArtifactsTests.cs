using ClusterPolicy;
using PolicyKit.Diagnostics;

namespace PolicyKit.Build.Tests;

public class WritePolicyArtifactsTests
{
    private static readonly string PolicyAssembly = typeof(ClusterAuditPolicy).Assembly.Location;

    private static (WritePolicyArtifacts Task, TestBuildEngine Engine) Task(TempFolder temp, Action<WritePolicyArtifacts>? configure = null)
    {
        var engine = new TestBuildEngine();
        var task = new WritePolicyArtifacts { BuildEngine = engine, AssemblyPath = PolicyAssembly, ArtifactsPath = temp.File("out"), ProjectFile = "p.csproj" };
        configure?.Invoke(task);
        return (task, engine);
    }

    private static Dictionary<string, DateTime> Stamps(string folder)
        => Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

    [Fact]
    public void Writes_every_artifact_of_every_policy_then_rewrites_nothing()
    {
        using var temp = new TempFolder();
        var (task, engine) = Task(temp);
        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        Assert.Equal(
            ["audit-policy.yaml", "audit-webhook-kubeconfig.yaml", "kind-cluster.yaml", "kube-apiserver+json.json", "kube-apiserver-flags.txt", "kubeadm-clusterconfiguration.yaml", "manifest.json"],
            Directory.GetFiles(temp.File("out", "cluster")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(ClusterAuditPolicy.Yaml, File.ReadAllText(temp.File("out", "cluster", "audit-policy.yaml")));
        Assert.Equal(7, task.Artifacts.Length);

        foreach (var file in Directory.GetFiles(temp.File("out", "cluster")))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }
        var before = Stamps(temp.Path);
        var (again, _) = Task(temp, t => t.PreviousArtifacts = task.Artifacts);
        Assert.True(again.Execute());
        Assert.Equal(before, Stamps(temp.Path));
    }

    [Fact]
    public void A_bad_setting_fails_with_pk3004_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var (task, engine) = Task(temp, t => t.AuditLogMaxAge = "7");
        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal(DiagnosticIds.BadArtifactSetting, error.Code);
        Assert.Equal("p.csproj", error.File);
        Assert.Equal(DiagnosticIds.HelpLink(DiagnosticIds.BadArtifactSetting), error.HelpLink);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void An_unreadable_assembly_fails_with_pk3001()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("x.dll"), "MZ but no PE");
        var (task, engine) = Task(temp, t => t.AssemblyPath = temp.File("x.dll"));
        Assert.False(task.Execute());
        Assert.Equal(DiagnosticIds.UnreadableAssembly, Assert.Single(engine.Errors).Code);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void Verify_mode_reports_drift_at_the_committed_file_and_line_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var committed = temp.File("committed.yaml");
        File.WriteAllText(committed, ClusterAuditPolicy.Yaml.Replace("level: Request\n", "level: RequestResponse\n"));
        var (task, engine) = Task(temp, t => t.VerifyPath = committed);
        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal(DiagnosticIds.PolicyDrift, error.Code);
        Assert.Equal(committed, error.File);
        var expected = ClusterAuditPolicy.Yaml.Split('\n').ToList().IndexOf("  - level: Request") + 1;
        Assert.Equal(expected, error.LineNumber);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void Verify_mode_passes_on_a_current_copy_in_a_policy_folder_and_fails_on_a_missing_one()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("deploy", "cluster"));
        File.WriteAllText(temp.File("deploy", "cluster", "audit-policy.yaml"), ClusterAuditPolicy.Yaml.Replace("\n", "\r\n"));
        Assert.True(Task(temp, t => t.VerifyPath = temp.File("deploy")).Task.Execute());
        var (missing, engine) = Task(temp, t => t.VerifyPath = temp.File("nothing.yaml"));
        Assert.False(missing.Execute());
        Assert.Contains("no committed copy", Assert.Single(engine.Errors).Message);
    }

    [Fact]
    public void Files_of_policies_that_are_gone_are_removed()
    {
        using var temp = new TempFolder();
        var stale = temp.File("out", "old-policy", "audit-policy.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "old");
        var (task, _) = Task(temp, t => t.PreviousArtifacts = [new Microsoft.Build.Utilities.TaskItem(stale)]);
        Assert.True(task.Execute());
        Assert.False(Directory.Exists(temp.File("out", "old-policy")));
        Assert.True(File.Exists(temp.File("out", "cluster", "manifest.json")));
    }
}
