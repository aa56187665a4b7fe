using System.Text.Json;
using NJsonSchema;
using PolicyKit.Cli.Sarif;
using PolicyKit.Diagnostics;

namespace PolicyKit.Tests;

/// <summary>
/// <c>lint --format sarif</c> (issue 16, defect 8): valid against the official SARIF 2.1.0 schema, URIs that resolve to the
/// file, rule metadata from the catalog and the rule pages, the invocation, fingerprints that survive moved lines.
/// </summary>
public class SarifOutputTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(Fixtures.Path("sarif", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    private static JsonDocument Lint(out CliRunner.Result result, params string[] args)
    {
        result = CliRunner.Run(["lint", .. args, "--format", "sarif"]);
        var errors = Schema.Value.Validate(result.Out);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        return JsonDocument.Parse(result.Out);
    }

    [Fact]
    public void Every_real_policy_gives_schema_valid_sarif_with_consistent_rule_indexes()
    {
        foreach (var file in Fixtures.Policies())
        {
            using var sarif = Lint(out var result, file);
            var run = sarif.RootElement.GetProperty("runs")[0];
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
            foreach (var r in run.GetProperty("results").EnumerateArray())
            {
                Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
                Assert.Matches("^[0-9a-f]{32}(:[0-9]+)?$", r.GetProperty("partialFingerprints").GetProperty(SarifWriter.FingerprintKey).GetString());
            }
            var invocation = run.GetProperty("invocations")[0];
            Assert.Equal(result.ExitCode, invocation.GetProperty("exitCode").GetInt32());
            Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        }
    }

    [Fact]
    public void The_schema_check_catches_what_sarif_forbids()
    {
        var r = CliRunner.Run("lint", Fixtures.Policy("talos-default.yaml"), "--format", "sarif");
        var broken = r.Out.Replace("\"ruleIndex\"", "\"ruleNumber\"").Replace("\"level\": \"warning\"", "\"level\": \"loud\"");
        Assert.NotEmpty(Schema.Value.Validate(broken));
    }

    [Fact]
    public void Rules_carry_the_catalog_title_level_and_the_rule_page_as_help()
    {
        using var sarif = Lint(out _, Fixtures.Policy("openshift-writerequestbodies.yaml"));
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(["PK1010", "PK1011", "PK1043", "PK1045", "PK1050"], rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules.EnumerateArray())
        {
            var info = DiagnosticCatalog.Get(rule.GetProperty("id").GetString()!);
            Assert.Equal(info.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(info.HelpLink, rule.GetProperty("helpUri").GetString());
            Assert.Equal(info.DefaultSeverity == Validation.Severity.Error ? "error" : info.DefaultSeverity == Validation.Severity.Warning ? "warning" : "note",
                rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            var page = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "docs", "rules", info.Id + ".md")).Replace("\r\n", "\n");
            Assert.Equal(page, rule.GetProperty("help").GetProperty("markdown").GetString());
            var full = rule.GetProperty("fullDescription").GetProperty("text").GetString()!;
            Assert.NotEqual(info.Title, full);
            Assert.DoesNotContain("\n", full);
            Assert.StartsWith(full, rule.GetProperty("help").GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Every_rule_page_has_a_description_for_sarif()
    {
        foreach (var info in DiagnosticCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(RuleHelp.Section(info.Id, "What")), info.Id);
            Assert.False(string.IsNullOrWhiteSpace(RuleHelp.Section(info.Id, "How to fix")), info.Id);
        }
    }

    [Fact]
    public void Uris_resolve_to_the_linted_file()
    {
        var file = Fixtures.Policy("talos-default.yaml");
        using var sarif = Lint(out _, file);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var location = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        var uri = location.GetProperty("uri").GetString()!;
        var resolved = location.TryGetProperty("uriBaseId", out var baseId)
            ? new Uri(new Uri(run.GetProperty("originalUriBaseIds").GetProperty(baseId.GetString()!).GetProperty("uri").GetString()!), uri)
            : new Uri(uri);
        Assert.Equal(Path.GetFullPath(file), resolved.LocalPath);
    }

    [Theory]
    [InlineData("/repo", "/repo/policies/audit.yaml", "policies/audit.yaml", true)]
    [InlineData("/repo", "policies/a b#1.yaml", "policies/a%20b%231.yaml", true)]
    [InlineData("/repo", "/repo/p/\u00e9t\u00e9.yaml", "p/%C3%A9t%C3%A9.yaml", true)]
    [InlineData("/repo", "/elsewhere/x#y.yaml", "file:///elsewhere/x%23y.yaml", false)]
    [InlineData("/repo", "../repo2/p.yaml", "file:///repo2/p.yaml", false)]
    public void Uris_are_relative_to_srcroot_under_the_current_directory_and_escaped(string cwd, string file, string expected, bool relative)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var (uri, baseId) = ArtifactUri.Of(file, cwd);
        Assert.Equal(expected, uri);
        Assert.Equal(relative ? ArtifactUri.SourceRoot : null, baseId);
        Assert.True(Uri.TryCreate(uri, relative ? UriKind.Relative : UriKind.Absolute, out _));
        Assert.Equal("file:///repo/", ArtifactUri.Root(cwd));
    }

    [Fact]
    public void Unreadable_files_are_tool_notifications_of_an_unsuccessful_run()
    {
        var missing = Path.Combine(Path.GetTempPath(), "pk-missing-" + Guid.NewGuid() + ".yaml");
        using var sarif = Lint(out var result, Fixtures.Policy("talos-default.yaml"), missing);
        Assert.Equal(2, result.ExitCode);
        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(2, invocation.GetProperty("exitCode").GetInt32());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.Contains("no such file", notification.GetProperty("message").GetProperty("text").GetString());
        Assert.EndsWith(Path.GetFileName(missing), notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Standard_input_has_a_described_location()
    {
        var r = CliRunner.RunWithStdin(File.ReadAllBytes(Fixtures.Policy("talos-default.yaml")), "lint", "-", "--format", "sarif");
        Assert.Empty(Schema.Value.Validate(r.Out));
        using var sarif = JsonDocument.Parse(r.Out);
        var location = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("standard input", location.GetProperty("description").GetProperty("text").GetString());
    }

    [Fact]
    public void Fingerprints_survive_rules_and_lines_added_above()
    {
        var original = File.ReadAllText(Fixtures.Policy("kubermatic-minimal.yaml"));
        var dir = Directory.CreateTempSubdirectory("pk-fp-").FullName;
        var before = Path.Combine(dir, "before.yaml");
        var after = Path.Combine(dir, "after.yaml");
        File.WriteAllText(before, original);
        // Two comment lines and a new first rule: every old finding moves down and its rule index grows by one.
        var index = original.IndexOf("rules:\n", StringComparison.Ordinal) + "rules:\n".Length;
        File.WriteAllText(after, original.Insert(index, "  # added\n  # lines\n  - level: None\n    users: [\"system:kube-proxy\"]\n    verbs: [\"watch\"]\n    resources:\n      - group: \"\"\n        resources: [\"endpoints\"]\n"));
        var old = Fingerprints(before);
        var moved = Fingerprints(after);
        Assert.NotEmpty(old);
        Assert.All(old, f => Assert.Contains(f, moved));
        Assert.Equal(old.Count, old.Distinct().Count());
    }

    [Fact]
    public void Suppressed_findings_stay_in_the_sarif_with_their_suppression()
    {
        var original = File.ReadAllText(Fixtures.Policy("kubermatic-recommended.yaml"));
        var dir = Directory.CreateTempSubdirectory("pk-sup-").FullName;
        var policy = Path.Combine(dir, "policy.yaml");
        var baseline = Path.Combine(dir, "baseline.json");
        File.WriteAllText(policy, original);
        Assert.Equal(0, CliRunner.Run("lint", policy, "--write-baseline", baseline).ExitCode);
        File.WriteAllText(policy, original.Replace("      - group: \"templates.gatekeeper.sh\"\n", "      - group: \"templates.gatekeeper.sh\"  # policykit:ignore PK1011 -- reviewed\n"));
        using var sarif = Lint(out var result, policy, "--baseline", baseline);
        Assert.Equal(0, result.ExitCode);
        var suppressions = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("ruleId").GetString()!, r => r.GetProperty("suppressions")[0]);
        Assert.Equal("inSource", suppressions["PK1011"].GetProperty("kind").GetString());
        Assert.Equal("reviewed", suppressions["PK1011"].GetProperty("justification").GetString());
        Assert.Equal("external", suppressions["PK1010"].GetProperty("kind").GetString());
        Assert.Equal("external", suppressions["PK1042"].GetProperty("kind").GetString());
    }

    private static List<string> Fingerprints(string file)
    {
        using var sarif = Lint(out _, file);
        return sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("ruleId").GetString() + "=" + r.GetProperty("partialFingerprints").GetProperty(SarifWriter.FingerprintKey).GetString()).ToList();
    }
}
