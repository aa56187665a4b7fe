using System.Text;
using System.Text.Json;
using NJsonSchema;
using PolicyKit.Diff;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>policykit diff: on the real policies of tests/fixtures, every format, stdin, built assemblies, versions, and bad input.</summary>
public class DiffCommandTests
{
    private static readonly string Gke = Fixtures.Policy("gke-gce-default.yaml");
    private static readonly string GkeConfigMapsLogged = Fixtures.Path("diff", "gke-gce-default-configmaps-logged.yaml");
    private static readonly string Dll = typeof(ClusterPolicy.ClusterAuditPolicy).Assembly.Location;

    [Fact]
    public void A_one_rule_change_of_the_gke_policy_is_two_regions_with_witnesses()
    {
        var r = CliRunner.Run("diff", Gke, GkeConfigMapsLogged);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("(Kubernetes 1.36): 2 changes", r.Out);
        Assert.Contains("1. Metadata, omitStages [RequestReceived] -> RequestResponse, omitStages [RequestReceived]", r.Out);
        Assert.Contains("e.g. jane@example.com [system:authenticated] create configmaps in namespace default", r.Out);
        Assert.Contains("2. Metadata, omitStages [RequestReceived] -> Request, omitStages [RequestReceived]", r.Out);
        Assert.Equal("", r.Error);
    }

    [Fact]
    public void Identical_policies_report_no_change()
    {
        var r = CliRunner.Run("diff", Gke, Gke);
        Assert.Equal(0, r.ExitCode);
        Assert.EndsWith("no change: every request is decided the same\n", r.Out);
    }

    [Fact]
    public void The_old_policy_can_come_from_stdin_as_from_git_show()
    {
        var r = CliRunner.RunWithStdin(File.ReadAllBytes(Gke), "diff", "-", GkeConfigMapsLogged, "--format", "json");
        Assert.Equal(1, r.ExitCode);
        using var json = JsonDocument.Parse(r.Out);
        Assert.Equal("<stdin>", json.RootElement.GetProperty("old").GetProperty("name").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("regions").GetArrayLength());
    }

    [Fact]
    public async Task Json_output_validates_against_the_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Fixtures.RepositoryRoot, "schemas", "policy-diff.v1.schema.json"));
        foreach (var (old, @new) in new[] { (Gke, GkeConfigMapsLogged), (Gke, Gke), (Fixtures.Policy("kubernetes-docs-example.yaml"), Fixtures.Policy("openshift-default.yaml")) })
        {
            var r = CliRunner.Run("diff", old, @new, "--format", "json");
            Assert.True(r.ExitCode is 0 or 1, r.Error);
            var errors = schema.Validate(r.Out);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        }
    }

    [Fact]
    public void Markdown_output_is_a_job_summary_with_collapsible_regions_and_witnesses_as_code()
    {
        var r = CliRunner.Run("diff", Gke, GkeConfigMapsLogged, "--format", "markdown");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("### Audit policy diff: ", r.Out);
        Assert.Contains("**2 changes** (Kubernetes 1.36)", r.Out);
        Assert.Equal(2, r.Out.Split("<details>").Length - 1);
        Assert.Contains("  ```\n  jane@example.com [system:authenticated] create configmaps in namespace default\n  ```", r.Out);
    }

    [Fact]
    public void A_built_assembly_is_compared_with_its_released_yaml()
    {
        var yaml = Path.Combine(Path.GetTempPath(), "pk-diff-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(yaml, ClusterPolicy.ClusterAuditPolicy.Yaml);
        try
        {
            var r = CliRunner.Run("diff", yaml, "--assembly", Dll, "--policy", "cluster");
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("ClusterPolicy.dll:cluster", r.Out);
            Assert.Equal(0, CliRunner.Run("diff", Dll, yaml).ExitCode);
            Assert.Equal(1, CliRunner.Run("diff", Gke, "--assembly", Dll).ExitCode);
        }
        finally
        {
            File.Delete(yaml);
        }
    }

    [Fact]
    public void The_version_itself_is_a_change_where_group_star_starts_to_match()
    {
        var policy = Path.Combine(Path.GetTempPath(), "pk-diff-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(policy, """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              - level: RequestResponse
                resources:
                  - group: "*"
                    resources: ["widgets"]
              - level: Metadata
            """);
        try
        {
            var r = CliRunner.Run("diff", policy, "--from-version", "1.35", "--to-version", "1.36");
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("(Kubernetes 1.35 -> 1.36): 1 change", r.Out);
            Assert.Contains("1. Metadata -> RequestResponse", r.Out);
            Assert.Contains("widgets", r.Out);
            Assert.Contains("warning: ", r.Error);
            Assert.Contains("Kubernetes 1.35 would refuse this policy", r.Error);
            Assert.Equal(0, CliRunner.Run("diff", Gke, "--from-version", "1.35", "--to-version", "1.36").ExitCode);
        }
        finally
        {
            File.Delete(policy);
        }
    }

    [Fact]
    public void A_policy_the_apiserver_refuses_is_reported_at_its_line_with_exit_code_2()
    {
        var bad = Path.Combine(Path.GetTempPath(), "pk-diff-bad-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(bad, "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Loud\n");
        try
        {
            var r = CliRunner.Run("diff", Gke, bad);
            Assert.Equal(2, r.ExitCode);
            Assert.Equal("", r.Out);
            Assert.Contains(bad + ":4:", r.Error);
            Assert.Contains("Unsupported value: \"Loud\"", r.Error);
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Theory]
    [InlineData("diff", "missing.yaml", "also-missing.yaml")]
    [InlineData("diff", "x.yaml")]
    [InlineData("diff", "-", "-")]
    [InlineData("diff", "a.yaml", "b.yaml", "--assembly", "c.dll")]
    [InlineData("diff", "a.yaml", "b.yaml", "--kubernetes-version", "1.99")]
    public void Bad_usage_exits_with_2(params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("error", r.Error);
    }

    /// <summary>Renamed rules, resources split into one GroupResources per pattern, and every rule duplicated: the same policy.</summary>
    [Fact]
    public void Equivalent_rewrites_of_every_real_policy_report_no_change()
    {
        foreach (var path in Fixtures.Policies())
        {
            if (PolicyYamlReader.ReadFile(path).Policy is not { } policy)
            {
                continue;
            }
            var rewritten = policy with
            {
                Rules = new EquatableArray<PolicyRule>(policy.Rules.SelectMany((r, i) =>
                {
                    var split = r with
                    {
                        Name = "rewritten-" + i,
                        Resources = new EquatableArray<GroupResources>(r.Resources.SelectMany(g => g.Resources.Count < 2
                            ? [g]
                            : g.Resources.Select(p => g with { Resources = new EquatableArray<string>([p]) })).ToArray()),
                    };
                    return new[] { split, r };
                }).ToArray()),
            };
            var diff = PolicyDiff.Compare(policy, rewritten);
            Assert.False(diff.HasChanges, Path.GetFileName(path));
        }
    }

    /// <summary>Every pair of real policies: the diff completes (its witnesses hold, or it would stop) and agrees with its exit code.</summary>
    [Fact]
    public void Every_pair_of_real_policies_diffs_with_witnesses_that_hold()
    {
        var policies = Fixtures.Policies().Select(p => (Name: Path.GetFileName(p), Policy: PolicyYamlReader.ReadFile(p).Policy))
            .Where(p => p.Policy is not null).ToList();
        foreach (var (oldName, old) in policies)
        {
            foreach (var (newName, @new) in policies)
            {
                var diff = PolicyDiff.Compare(old!, @new!);
                Assert.True(diff.HasChanges != (oldName == newName) || diff.HasChanges == false, $"{oldName} -> {newName}");
                foreach (var region in diff.Regions)
                {
                    var before = new PolicyEvaluator(old!);
                    var after = new PolicyEvaluator(@new!);
                    Assert.Equal(region.Old, DiffOutcome.Of(before.Evaluate(region.Witness)));
                    Assert.Equal(region.New, DiffOutcome.Of(after.Evaluate(region.Witness)));
                }
            }
        }
    }
}
