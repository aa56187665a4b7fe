using System.Text;
using System.Text.Json;

namespace PolicyKit.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void Valid_policy_exits_0_with_a_summary()
    {
        var r = CliRunner.Run("validate", Fixtures.Policy("gke-gce-default.yaml"));
        Assert.Equal(0, r.ExitCode);
        Assert.EndsWith("gke-gce-default.yaml: valid for Kubernetes 1.36 (17 rules)", r.OutLines.Last());
    }

    [Fact]
    public void Typo_is_an_error_with_file_line_col_and_path()
    {
        var file = Fixtures.Policy("openshift-writerequestbodies.yaml");
        var r = CliRunner.Run("validate", file);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith($"{file}:38:5: error: rules[2].resources[4].resource: unknown field \"resource\"", r.OutLines[0]);
        Assert.EndsWith("[PK1050]", r.OutLines[0]);
    }

    [Fact]
    public void Removed_api_version_exits_1()
    {
        var r = CliRunner.Run("validate", Fixtures.Policy("eks-best-practices-guide.yaml"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(":2:13: error: apiVersion: audit.k8s.io/v1beta1 was removed in Kubernetes 1.24", r.Out);
    }

    [Fact]
    public void Upstream_errors_print_like_the_apiserver()
    {
        var yaml = "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Loud\n";
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(yaml), "validate", "-");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("<stdin>:4:12: error: rules[0].level: Unsupported value: \"Loud\": supported values: \"None\", \"Metadata\", \"Request\", \"RequestResponse\"", r.OutLines[0]);
    }

    [Fact]
    public void Group_star_depends_on_the_kubernetes_version()
    {
        var yaml = Encoding.UTF8.GetBytes("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n    resources:\n      - group: \"*\"\n");
        Assert.Equal(0, CliRunner.RunWithStdin(yaml, "validate", "-", "--kubernetes-version", "1.36").ExitCode);
        var old = CliRunner.RunWithStdin(yaml, "validate", "-", "--kubernetes-version", "1.35");
        Assert.Equal(1, old.ExitCode);
        Assert.Contains("<stdin>:6:16: error: rules[0].resources.group: Invalid value: \"*\"", old.Out);
    }

    [Fact]
    public void Json_format_lists_findings()
    {
        var r = CliRunner.Run("validate", "--format", "json", Fixtures.Policy("openshift-allrequestbodies.yaml"));
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var f = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("PK1050", f.GetProperty("id").GetString());
        Assert.Equal("error", f.GetProperty("severity").GetString());
        Assert.Equal(38, f.GetProperty("line").GetInt32());
        Assert.Equal(5, f.GetProperty("column").GetInt32());
        Assert.Equal(2, f.GetProperty("rule").GetInt32());
    }

    [Fact]
    public void Every_fixture_policy_gives_a_verdict()
    {
        foreach (var file in Fixtures.Policies())
        {
            var r = CliRunner.Run("validate", file);
            Assert.True(r.ExitCode is 0 or 1, file + ": " + r.Error);
            Assert.Contains(Path.GetFileName(file) + ": " + (r.ExitCode == 0 ? "valid" : "invalid"), r.OutLines.Last());
        }
    }

    [Fact]
    public void Missing_file_exits_2()
    {
        var r = CliRunner.Run("validate", "/nonexistent/policy.yaml");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("/nonexistent/policy.yaml: cannot read: no such directory", r.Error);
    }

    [Fact]
    public void A_directory_where_one_policy_belongs_exits_2_and_says_so()
    {
        // validate and lint read a directory's policies (InputPatternTests); witnesses takes one file.
        var r = CliRunner.Run("witnesses", Fixtures.Path("policies"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("is a directory, not a file", r.Error);
    }

    [Fact]
    public void Binary_input_is_an_error_not_a_crash()
    {
        var r = CliRunner.RunWithStdin([0xff, 0xfe, 0x00, 0x81, 0x13], "validate", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("<stdin>:1:1: error: the file is not UTF-8 text", r.OutLines[0]);
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        Assert.Equal(2, CliRunner.Run("validate").ExitCode);
        Assert.Equal(2, CliRunner.Run("validate", "x.yaml", "--kubernetes-version", "banana").ExitCode);
        Assert.Equal(2, CliRunner.Run("validate", "x.yaml", "--kubernetes-version", "1.20").ExitCode);
        Assert.Equal(2, CliRunner.Run("frobnicate").ExitCode);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("validate", "--help")]
    [InlineData("evaluate", "--help")]
    public void Help_everywhere(params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:", r.Out);
    }
}
