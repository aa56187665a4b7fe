using System.Text.Json;

namespace PolicyKit.Tests;

/// <summary>lint's --fail-on, <c># policykit:ignore</c> comments (PK1053 when malformed) and baseline files, on a real policy.</summary>
public class LintSuppressionTests
{
    // kubermatic-recommended.yaml: PK1010@8 (error), PK1011@20 and PK1042@25 (warnings), all on rule 0.
    private static readonly string Original = File.ReadAllText(Fixtures.Policy("kubermatic-recommended.yaml"));

    private static string Write(string text, string name = "policy.yaml")
    {
        var dir = Directory.CreateTempSubdirectory("pk-lint-").FullName;
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string[] Ids(CliRunner.Result r, bool suppressedToo = false)
    {
        using var json = JsonDocument.Parse(r.Out);
        return json.RootElement.EnumerateArray()
            .Where(f => suppressedToo || f.GetProperty("suppressed").ValueKind == JsonValueKind.Null)
            .Select(f => f.GetProperty("id").GetString() + "@" + f.GetProperty("line").GetInt32()).ToArray();
    }

    [Theory]
    [InlineData("error", 1)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    public void Fail_on_sets_the_lowest_failing_severity(string failOn, int expected)
        => Assert.Equal(expected, CliRunner.Run("lint", Fixtures.Policy("kubermatic-recommended.yaml"), "--fail-on", failOn).ExitCode);

    [Fact]
    public void Fail_on_warning_fails_where_error_passes()
    {
        // gke-gce-default.yaml has one warning (PK1011) and no error.
        var file = Fixtures.Policy("gke-gce-default.yaml");
        Assert.Equal(0, CliRunner.Run("lint", file).ExitCode);
        Assert.Equal(0, CliRunner.Run("lint", file, "--fail-on", "error").ExitCode);
        Assert.Equal(1, CliRunner.Run("lint", file, "--fail-on", "warning").ExitCode);
        Assert.Equal(1, CliRunner.Run("lint", file, "--fail-on", "info").ExitCode);
        var bad = CliRunner.Run("lint", file, "--fail-on", "warnings");
        Assert.Equal(2, bad.ExitCode);
    }

    [Fact]
    public void A_comment_above_a_rule_suppresses_its_findings_of_the_named_ids()
    {
        var text = Original.Replace("rules:\n  - level: RequestResponse\n    verbs: [\"create\"",
            "rules:\n  # policykit:ignore PK1010, PK1042 -- the key audit needs usersshkeys' bodies\n  - level: RequestResponse\n    verbs: [\"create\"");
        var r = CliRunner.Run("lint", Write(text), "--format", "json");
        Assert.Equal(["PK1011@21"], Ids(r));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["PK1010@9", "PK1011@21", "PK1042@26"], Ids(r, suppressedToo: true));
        var text2 = CliRunner.Run("lint", Write(text));
        Assert.EndsWith("3 rules, 1 warning (2 suppressed)", text2.OutLines.Last());
    }

    [Fact]
    public void An_inline_comment_on_a_line_of_a_rule_covers_the_rule()
    {
        var text = Original.Replace("      - group: \"templates.gatekeeper.sh\"\n", "      - group: \"templates.gatekeeper.sh\"  # policykit:ignore PK1011 -- CRD templates are rare and reviewed\n");
        var r = CliRunner.Run("lint", Write(text), "--format", "json");
        Assert.Equal(["PK1010@8", "PK1042@25"], Ids(r));
    }

    [Fact]
    public void A_comment_directly_above_a_line_covers_policy_wide_findings_there()
    {
        // talos-default.yaml: PK1030 (RequestReceived recorded) on line 2, the policy's apiVersion.
        var talos = File.ReadAllText(Fixtures.Policy("talos-default.yaml"));
        var lines = talos.Split('\n').ToList();
        lines.Insert(1, "# policykit:ignore PK1030 -- our log pipeline drops RequestReceived events");
        var r = CliRunner.Run("lint", Write(string.Join("\n", lines)), "--format", "json");
        Assert.Empty(Ids(r));
        Assert.Equal(0, r.ExitCode);
    }

    [Theory]
    [InlineData("# policykit:ignore PK1011", "gives no reason")]
    [InlineData("# policykit:ignore PK1011 --   ", "gives no reason")]
    [InlineData("# policykit:ignore -- because", "names no diagnostic id")]
    [InlineData("# policykit:ignore PK1O30 -- typo", "names PK1O30, which is no suppressible PolicyKit diagnostic (did you mean PK1030?)")]
    [InlineData("# policykit:ignore PK1053 -- hide the checker", "names PK1053")]
    public void A_malformed_comment_is_PK1053_at_its_line_and_suppresses_nothing(string comment, string message)
    {
        var text = Original.Replace("rules:\n", "rules:\n  " + comment + "\n");
        var r = CliRunner.Run("lint", Write(text));
        Assert.Equal(1, r.ExitCode);
        var pk1053 = Assert.Single(r.OutLines, l => l.EndsWith("[PK1053]", StringComparison.Ordinal));
        Assert.Contains("policy.yaml:8:1: error: this policykit:ignore comment " + message, pk1053);
        Assert.Contains(r.OutLines, l => l.EndsWith("[PK1010]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_baseline_hides_what_it_holds_survives_moved_lines_and_reports_what_is_gone()
    {
        var policy = Write(Original);
        var baseline = Path.Combine(Path.GetDirectoryName(policy)!, "baseline.json");
        var written = CliRunner.Run("lint", policy, "--write-baseline", baseline);
        Assert.Equal(0, written.ExitCode);
        Assert.Contains("wrote " + baseline + " (3 findings)", written.Error);
        using (var json = JsonDocument.Parse(File.ReadAllText(baseline)))
        {
            Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
            Assert.Equal(["PK1010", "PK1011", "PK1042"], json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        }
        Assert.Equal(0, CliRunner.Run("lint", policy, "--baseline", baseline).ExitCode);

        // Lines added above: every finding moves, and stays hidden.
        File.WriteAllText(policy, "# a header\n# more\n" + Original);
        var moved = CliRunner.Run("lint", policy, "--baseline", baseline, "--format", "json");
        Assert.Equal(0, moved.ExitCode);
        Assert.Empty(Ids(moved));
        Assert.Equal(["PK1010@10", "PK1011@22", "PK1042@27"], Ids(moved, suppressedToo: true));
        Assert.DoesNotContain("no longer found", moved.Error);

        // The secret taken out of rule 0: PK1010 and PK1042 are gone; the rule changed, so its PK1011 is new to review.
        File.WriteAllText(policy, Original.Replace("      - group: \"\"\n        resources: [\"secrets\"]\n        resourceNames: [\"usersshkeys\"]\n", ""));
        var after = CliRunner.Run("lint", policy, "--baseline", baseline, "--format", "json");
        Assert.Equal(["PK1011@20"], Ids(after));
        Assert.Equal(3, after.ErrorLines.Count(l => l.Contains("is no longer found", StringComparison.Ordinal)));
        Assert.Contains(after.ErrorLines, l => l.Contains(": PK1010 is no longer found", StringComparison.Ordinal));

        // A new finding is not in the baseline.
        File.WriteAllText(policy, Original.Replace("omitStages:\n  - \"RequestReceived\"\n", ""));
        var added = CliRunner.Run("lint", policy, "--baseline", baseline, "--format", "json");
        Assert.Equal(["PK1030@3"], Ids(added));
    }

    [Theory]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [}", "baseline.json:3:16: the baseline is no JSON")]
    [InlineData("{\"version\": 7, \"findings\": []}", "not a policykit baseline")]
    [InlineData("{\"version\": 1, \"findings\": [{\"file\": \"x\", \"id\": 3}]}", "findings[0].id: a string is required")]
    public void A_bad_baseline_is_a_located_usage_error(string content, string message)
    {
        var baseline = Write(content, "baseline.json");
        var r = CliRunner.Run("lint", Fixtures.Policy("talos-default.yaml"), "--baseline", baseline);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Contains(message, r.Error);
    }
}
