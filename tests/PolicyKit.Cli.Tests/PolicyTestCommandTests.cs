using System.Text.Json;
using System.Xml.Linq;
using NJsonSchema;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>`policykit test` and `policykit witnesses --format tests`: policy tests without C#.</summary>
public sealed class PolicyTestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string Gke = Fixtures.Policy("gke-gce-default.yaml");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static TheoryData<string> LoadablePolicies() => new(Fixtures.Policies()
        .Where(p => PolicyYamlReader.ReadFile(p) is { Policy: not null } d && !d.Findings.Any(f => f.Severity == Severity.Error && f.Id != Diagnostics.DiagnosticIds.DroppedField))
        .Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(LoadablePolicies))]
    public async Task Witnesses_as_tests_cover_every_reachable_rule_match_the_schema_and_pass(string file)
    {
        var tests = Path.Combine(_dir, "sub", file + ".tests.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(tests)!);
        var written = CliRunner.Run("witnesses", Fixtures.Policy(file), "--format", "tests", "--output", tests);
        Assert.True(written.ExitCode == 0, written.Error);
        var witnesses = JsonDocument.Parse(CliRunner.Run("witnesses", Fixtures.Policy(file), "--format", "json").Out).RootElement.EnumerateArray().ToList();
        var reachable = witnesses.Count(w => w.GetProperty("reachable").GetBoolean());

        var schema = await JsonSchema.FromFileAsync(Path.Combine(Fixtures.RepositoryRoot, "schemas", "policy-tests.v1.schema.json"));
        var errors = schema.Validate(YamlAsJson.Convert(File.ReadAllText(tests)));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));

        // "policy" is relative to the test file, wherever it is run from.
        var run = CliRunner.Run("test", tests);
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Equal($"{reachable} passed, 0 failed (1 test file)\n", run.Out);
    }

    [Fact]
    public void A_failing_case_is_reported_at_its_line_with_each_mismatch()
    {
        var tests = Write("gke.tests.yaml", $$"""
            policy: {{JsonSerializer.Serialize(Gke)}}
            tests:
              - name: kube-proxy watches are not logged
                request: {user: system:kube-proxy, groups: [system:authenticated], verb: watch, resource: endpoints, namespace: kube-system}
                expect: {level: None, rule: 0}
              - name: secrets with their bodies
                request: {user: jane, verb: get, resource: secrets, namespace: default, name: db}
                expect: {level: RequestResponse, omitStages: [], rule: "no-such-rule"}
            """);
        var r = CliRunner.Run("test", tests);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(
            $"{tests}:6:5: FAIL secrets with their bodies: level: expected RequestResponse, got Metadata; omitStages: expected [], got [RequestReceived]; " +
            "rule: expected the rule named \"no-such-rule\" (no rule has that name), got rule 13\n" +
            "1 passed, 1 failed (1 test file)\n", r.Out);
    }

    [Fact]
    public void Junit_output_has_a_testcase_per_case_and_the_failure_with_its_location()
    {
        var tests = Write("t.yaml", """
            tests:
              - name: health checks
                request: {verb: get, nonResourceURL: /healthz}
                expect: {level: None}
              - name: pods at Request
                request: {user: jane, verb: create, resource: pods, namespace: default}
                expect: {level: None}
            """);
        var r = CliRunner.Run("test", tests, "--policy", Gke, "--format", "junit");
        Assert.Equal(1, r.ExitCode);
        var xml = XDocument.Parse(r.Out);
        Assert.Equal("2", xml.Root!.Attribute("tests")!.Value);
        Assert.Equal("1", xml.Root.Attribute("failures")!.Value);
        var failed = xml.Descendants("testcase").Single(t => t.Element("failure") is not null);
        Assert.Equal("pods at Request", failed.Attribute("name")!.Value);
        Assert.Equal("5", failed.Attribute("line")!.Value);
        Assert.StartsWith("level: expected None, got ", failed.Element("failure")!.Attribute("message")!.Value);
    }

    [Fact]
    public void Json_output_gives_each_decision()
    {
        var r = CliRunner.Run("test", Path.Combine(Fixtures.RepositoryRoot, "examples", "yaml", "audit-policy.tests.yaml"), "--format", "json");
        Assert.True(r.ExitCode == 0, r.Error);
        using var json = JsonDocument.Parse(r.Out);
        Assert.Equal(3, json.RootElement.GetProperty("passed").GetInt32());
        var first = json.RootElement.GetProperty("files")[0].GetProperty("cases")[0];
        Assert.Equal(0, first.GetProperty("actual").GetProperty("rule").GetInt32());
        Assert.Equal("None", first.GetProperty("actual").GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("tests:\n  - request: {verb: get, resource: pods, bogus: 1}\n    expect: {level: None}\n", "2:42: error: request: unknown field \"bogus\"")]
    [InlineData("tests:\n  - request: {verb: get, resource: pods}\n    expect: {level: Loud}\n", "3:21: error: expect: level the string \"Loud\" is not one of None, Metadata, Request, RequestResponse")]
    [InlineData("tests:\n  - request: {verb: get, resource: pods}\n", "2:5: error: case \"case 0\": missing \"expect\"")]
    [InlineData("tests:\n  - request: {verb: get, nonResourceURL: /x, namespace: a}\n    expect: {level: None}\n", "error: request: \"namespace\" with \"nonResourceURL\"")]
    [InlineData("tests: [\n", "error: ")]
    [InlineData("policy: p.yaml\n", "1:1: error: missing \"tests\"")]
    public void A_malformed_test_file_is_a_located_error_and_no_report(string text, string expected)
    {
        var tests = Write("bad.yaml", text);
        var r = CliRunner.Run("test", tests, "--policy", Gke);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Error);
        Assert.StartsWith(tests + ":", r.Error);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Without_a_policy_or_with_a_missing_one_it_says_so()
    {
        var none = Write("none.yaml", "tests: []\n");
        var r = CliRunner.Run("test", none);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no policy to test: give --policy or a \"policy\" field", r.Error);
        var missing = Write("missing.yaml", "policy: nowhere.yaml\ntests: []\n");
        r = CliRunner.Run("test", missing);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith(missing + ":1:9: error: ", r.Error);
    }

    [Fact]
    public void The_example_tests_pass()
    {
        var r = CliRunner.Run("test", Path.Combine(Fixtures.RepositoryRoot, "examples", "yaml", "audit-policy.tests.yaml"));
        Assert.True(r.ExitCode == 0, r.Out + r.Error);
        Assert.Equal("3 passed, 0 failed (1 test file)\n", r.Out);
    }
}
