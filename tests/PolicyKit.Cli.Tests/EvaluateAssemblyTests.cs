using System.Text;

namespace PolicyKit.Tests;

/// <summary>evaluate --assembly: the compiled matcher of a built policy gives the same output as its YAML.</summary>
public class EvaluateAssemblyTests
{
    private static readonly string Dll = typeof(ClusterPolicy.ClusterAuditPolicy).Assembly.Location;

    public static TheoryData<string> EventFiles() => EvaluateCommandTests.EventFiles();

    [Theory]
    [MemberData(nameof(EventFiles))]
    public void Compiled_matcher_output_equals_the_yaml_policy_output(string relative)
    {
        var yaml = Path.Combine(Path.GetTempPath(), "pk-cluster-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(yaml, ClusterPolicy.ClusterAuditPolicy.Yaml);
        try
        {
            var events = Fixtures.Path("events", relative);
            var fromYaml = CliRunner.Run("evaluate", "--policy", yaml, "--events", events);
            var compiled = CliRunner.Run("evaluate", "--assembly", Dll, "--events", events);
            Assert.Equal(fromYaml.ExitCode, compiled.ExitCode);
            // fal_01_003.json holds no event at all (only the malformed line).
            Assert.Equal(relative.EndsWith("fal_01_003.json", StringComparison.Ordinal), compiled.Out.Length == 0);
            Assert.Equal(fromYaml.Out, compiled.Out);
        }
        finally
        {
            File.Delete(yaml);
        }
    }

    [Fact]
    public void Policy_is_picked_by_name_or_class()
    {
        var e = Encoding.UTF8.GetBytes("""{"kind":"Event","auditID":"x","verb":"get","requestURI":"/healthz","user":{"username":"u"}}""");
        foreach (var name in new[] { "cluster", "ClusterAuditPolicy", "ClusterPolicy.ClusterAuditPolicy" })
        {
            var r = CliRunner.RunWithStdin(e, "evaluate", "--assembly", Dll, "--policy", name, "--events", "-");
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("\"level\":\"None\"", r.Out);
        }
    }

    [Fact]
    public void Unknown_policy_lists_what_the_assembly_holds()
    {
        var r = CliRunner.Run("evaluate", "--assembly", Dll, "--policy", "nope", "--events", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no policy \"nope\"; it holds: cluster (ClusterPolicy.ClusterAuditPolicy)", r.Error);
    }

    [Fact]
    public void An_assembly_without_policies_is_refused()
    {
        var r = CliRunner.Run("evaluate", "--assembly", typeof(EvaluateAssemblyTests).Assembly.Location, "--events", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("holds no compiled audit policy", r.Error);
    }

    [Fact]
    public void Policy_or_assembly_is_required()
    {
        var r = CliRunner.Run("evaluate", "--events", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("give --policy POLICY.yaml, or --assembly DLL", r.Error);
    }
}
