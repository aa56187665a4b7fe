using System.Xml.Linq;

namespace PolicyKit.Tests;

/// <summary>lint --format junit and --format github on the real policies: one testsuite per file, a testcase per rule, annotations escaped as the runner reads them.</summary>
public class LintCiFormatTests
{
    [Fact]
    public void Junit_has_a_suite_per_file_and_a_case_per_rule_failed_by_its_findings()
    {
        var recommended = Fixtures.Policy("kubermatic-recommended.yaml");
        var gke = Fixtures.Policy("gke-gce-default.yaml");
        var r = CliRunner.Run("lint", recommended, gke, "--format", "junit");
        Assert.Equal(1, r.ExitCode);
        var xml = XDocument.Parse(r.Out);
        var suites = xml.Root!.Elements("testsuite").ToList();
        Assert.Equal([recommended, gke], suites.Select(s => (string)s.Attribute("name")!));
        // kubermatic-recommended: the policy-wide case and 3 rules; PK1010 (error) fails rule 0, the warnings go to its output.
        var cases = suites[0].Elements("testcase").ToList();
        Assert.Equal(["policy", "rules[0] (RequestResponse)", "rules[1] (RequestResponse)", "rules[2] (Metadata)"], cases.Select(c => (string)c.Attribute("name")!));
        var failure = cases[1].Element("failure")!;
        Assert.Equal("PK1010", (string)failure.Attribute("type")!);
        Assert.StartsWith("rule 0 logs secrets at RequestResponse", (string)failure.Attribute("message")!);
        Assert.Contains(recommended + ":8:12: error:", failure.Value);
        Assert.Contains("[PK1011]", cases[1].Element("system-out")!.Value);
        Assert.Equal("1", (string)suites[0].Attribute("failures")!);
        Assert.Equal("4", (string)suites[0].Attribute("tests")!);
        // gke: 17 rules plus the policy, no failure at --fail-on error; at warning, PK1011 fails rule 15.
        Assert.Equal("18", (string)suites[1].Attribute("tests")!);
        Assert.Equal("0", (string)suites[1].Attribute("failures")!);
        var strict = XDocument.Parse(CliRunner.Run("lint", gke, "--format", "junit", "--fail-on", "warning").Out);
        var failed = Assert.Single(strict.Descendants("testcase"), c => c.Element("failure") is not null);
        Assert.StartsWith("rules[15]", (string)failed.Attribute("name")!);
        Assert.Equal("1", (string)strict.Root!.Attribute("failures")!);
    }

    [Fact]
    public void Junit_of_a_file_that_is_no_policy_fails_its_read_case()
    {
        var r = CliRunner.RunWithStdin("rules: [\n"u8.ToArray(), "lint", "-", "--format", "junit");
        Assert.Equal(2, r.ExitCode);
        var only = Assert.Single(XDocument.Parse(r.Out).Descendants("testcase"));
        Assert.Equal("read", (string)only.Attribute("name")!);
        Assert.NotNull(only.Element("failure"));
    }

    [Fact]
    public void Github_annotations_carry_file_line_col_and_id()
    {
        var file = Fixtures.Policy("kubermatic-recommended.yaml");
        var r = CliRunner.Run("lint", file, "--format", "github");
        Assert.Equal(1, r.ExitCode);
        var property = file.Replace("%", "%25").Replace(":", "%3A").Replace(",", "%2C");
        string[] expected =
        [
            $"::error file={property},line=8,col=12,title=PK1010::rules[0].level: rule 0 logs secrets at RequestResponse",
            $"::warning file={property},line=20,col=9,title=PK1011::rules[0].resources: rule 0 logs bodies",
            $"::warning file={property},line=25,col=9,title=PK1042::rules[0].resources.resourceNames: rule 0: resourceNames match create only",
        ];
        Assert.Equal(expected.Length, r.OutLines.Length);
        Assert.All(expected.Zip(r.OutLines), p => Assert.StartsWith(p.First, p.Second));
    }

    [Theory]
    [InlineData("50% done\r\nnext", "50%25 done%0D%0Anext")]
    [InlineData("a: b, c", "a: b, c")]
    public void Github_messages_escape_percent_and_newlines(string message, string expected)
        => Assert.EndsWith("::" + expected, PolicyKit.Cli.Ci.GitHubAnnotation.Line("error", message, "T"));

    [Fact]
    public void Github_properties_escape_colon_and_comma()
        => Assert.Equal("::warning file=C%3A/a%2Cb%25.yaml,line=3,col=4,title=PK1011%3A x::m",
            PolicyKit.Cli.Ci.GitHubAnnotation.Line("warning", "m", "PK1011: x", "C:/a,b%.yaml", 3, 4));
}
