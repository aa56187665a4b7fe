using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using NJsonSchema;
using PolicyKit.Events.Reading;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>policykit simulate and diff --events on the real policies and logs of tests/fixtures: formats, schema, counts, bad input.</summary>
public class SimulateCommandTests
{
    private static readonly string Gke = Fixtures.Policy("gke-gce-default.yaml");
    private static readonly string GkeConfigMapsLogged = Fixtures.Path("diff", "gke-gce-default-configmaps-logged.yaml");
    private static readonly string Immudb = Fixtures.Path("events", "immudb", "k8s-metadata.jsonl");
    private static readonly string Falco = Fixtures.Path("events", "requestresponse", "falco-traces.jsonl");
    private static readonly string Dll = typeof(ClusterPolicy.ClusterAuditPolicy).Assembly.Location;

    [Fact]
    public void Text_reports_rules_projection_dead_rules_and_talkers_of_the_gke_policy_on_a_real_log()
    {
        var r = CliRunner.Run("simulate", Gke, "--events", Immudb);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Error);
        Assert.StartsWith("log: 2,971 events, 2.29 MB; logged at Metadata 2,971; 2023-03-10T22:38:26Z to 2023-03-10T22:41:59Z (3m 33s)\n", r.Out);
        Assert.Contains("GB/day; per month (30 days): Google Cloud Logging $", r.Out);
        Assert.Contains("never matched in this log: rules 1, 2, 6, 7, 10, 12 (dead in practice", r.Out);
        Assert.Contains("top users: system:kube-controller-manager ", r.Out);
        Assert.Contains("estimated: the log is at a lower level than some rules ask for", r.Out);
    }

    [Fact]
    public async Task Json_validates_against_the_schema_and_its_counts_equal_a_direct_replay()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Fixtures.RepositoryRoot, "schemas", "policy-simulation.v1.schema.json"));
        foreach (var args in new[] { new[] { Gke }, [Gke, GkeConfigMapsLogged], [Fixtures.Policy("kubernetes-docs-example.yaml")] })
        {
            var r = CliRunner.Run(["simulate", .. args, "--events", Immudb, Falco, "--format", "json", "--threads", "2"]);
            Assert.True(r.ExitCode == 0, r.Error);
            var errors = schema.Validate(r.Out);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
            using var json = JsonDocument.Parse(r.Out);
            var policies = json.RootElement.GetProperty("policies");
            for (var i = 0; i < args.Length; i++)
            {
                var policy = PolicyYamlReader.Read(File.OpenRead(args[i]), KubernetesVersion.Latest).Policy!;
                var evaluator = new PolicyEvaluator(policy);
                var matched = new long[policy.Rules.Count + 1];
                foreach (var log in new[] { Immudb, Falco })
                {
                    EventText.ForEachInFile(log, e => matched[evaluator.Evaluate(e.ToRequest()) is { RuleIndex: >= 0 } d ? d.RuleIndex : policy.Rules.Count]++);
                }
                Assert.Equal(matched, policies[i].GetProperty("rules").EnumerateArray().Select(rule => rule.GetProperty("matched").GetInt64()));
            }
        }
    }

    [Fact]
    public async Task Diff_with_events_counts_as_two_direct_replays_and_validates_against_both_schemas()
    {
        var r = CliRunner.Run("diff", Gke, GkeConfigMapsLogged, "--events", Immudb, "--format", "json");
        Assert.Equal(1, r.ExitCode);
        var diffSchema = await JsonSchema.FromFileAsync(Path.Combine(Fixtures.RepositoryRoot, "schemas", "policy-diff.v1.schema.json"));
        var simulationSchema = await JsonSchema.FromFileAsync(Path.Combine(Fixtures.RepositoryRoot, "schemas", "policy-simulation.v1.schema.json"));
        Assert.Empty(diffSchema.Validate(r.Out));
        using var json = JsonDocument.Parse(r.Out);
        var events = json.RootElement.GetProperty("events");
        Assert.Empty(simulationSchema.Validate(events.GetRawText()));
        var old = new PolicyEvaluator(PolicyYamlReader.Read(File.OpenRead(Gke), KubernetesVersion.Latest).Policy!);
        var @new = new PolicyEvaluator(PolicyYamlReader.Read(File.OpenRead(GkeConfigMapsLogged), KubernetesVersion.Latest).Policy!);
        var levels = new Dictionary<(string, string), long>();
        EventText.ForEachInFile(Immudb, e =>
        {
            var key = (old.Evaluate(e.ToRequest()).Level.ToName(), @new.Evaluate(e.ToRequest()).Level.ToName());
            levels[key] = levels.GetValueOrDefault(key) + 1;
        });
        var reported = events.GetProperty("changes").GetProperty("levels").EnumerateArray()
            .ToDictionary(l => (l.GetProperty("old").GetString()!, l.GetProperty("new").GetString()!), l => l.GetProperty("events").GetInt64());
        Assert.Equal(levels.OrderBy(p => p.Key), reported.OrderBy(p => p.Key));
        Assert.Equal(10, events.GetProperty("changes").GetProperty("changedEvents").GetInt64());
    }

    [Fact]
    public void Diff_with_events_as_text_and_markdown_gives_the_changes_and_the_cost_delta()
    {
        var text = CliRunner.Run("diff", Gke, GkeConfigMapsLogged, "--events", Immudb);
        Assert.Contains("events decided differently: 10 of 2,971\n", text.Out);
        Assert.Contains("Metadata -> Request 10", text.Out);
        Assert.Contains("top changed resources: configmaps 10 events", text.Out);
        var markdown = CliRunner.Run("diff", Gke, GkeConfigMapsLogged, "--events", Immudb, "--format", "markdown");
        Assert.Contains("| Metadata | Request | 10 |", markdown.Out);
    }

    [Fact]
    public void A_built_policy_assembly_is_simulated_with_its_compiled_matcher_as_its_yaml_is()
    {
        var compiled = CliRunner.Run("simulate", Dll, "--events", Immudb, "--format", "json");
        Assert.True(compiled.ExitCode == 0, compiled.Error);
        var yaml = Path.Combine(Path.GetTempPath(), "pk-cluster-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(yaml, ClusterPolicy.ClusterAuditPolicy.Yaml);
        CliRunner.Result reference;
        try
        {
            reference = CliRunner.Run("simulate", yaml, "--events", Immudb, "--format", "json");
        }
        finally
        {
            File.Delete(yaml);
        }
        using var a = JsonDocument.Parse(compiled.Out);
        using var b = JsonDocument.Parse(reference.Out);
        // The assembly's model also carries the rules' names; the numbers are the same.
        static string[] Numbers(JsonDocument d) => [.. d.RootElement.GetProperty("policies")[0].GetProperty("rules").EnumerateArray()
            .Select(rule => $"{rule.GetProperty("matched")} {rule.GetProperty("written").GetRawText()} {rule.GetProperty("bytes")}")];
        Assert.Equal(Numbers(b), Numbers(a));
    }

    [Fact]
    public void Markdown_is_tables_per_policy_and_the_change()
    {
        var r = CliRunner.Run("simulate", Gke, GkeConfigMapsLogged, "--events", Immudb, "--format", "markdown");
        Assert.StartsWith("## Audit volume simulation\n", r.Out);
        Assert.Contains("| **change** | ", r.Out);
        Assert.Contains("| rule | level | matched | RequestReceived | ResponseStarted | ResponseComplete | Panic | bytes | share |", r.Out);
    }

    [Fact]
    public void Html_is_one_well_formed_self_contained_file_with_svg_bars()
    {
        var html = CliRunner.Run("simulate", Gke, GkeConfigMapsLogged, "--events", Immudb, "--format", "html").Out;
        var document = XDocument.Parse(html, LoadOptions.None);
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.True(document.Descendants(svg + "svg").Count() >= 6);
        Assert.NotEmpty(document.Descendants(svg + "rect"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_escapes_what_a_log_controls()
    {
        var hostile = Path.Combine(Path.GetTempPath(), $"pk-sim-{Environment.ProcessId}.jsonl");
        File.WriteAllText(hostile, """{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"x","stage":"ResponseComplete","requestURI":"/api/v1/pods","verb":"get","user":{"username":"<script>alert(1)</script>\u0001&"},"userAgent":"]]><x/>","objectRef":{"resource":"pods","namespace":"a'b\"c"}}""" + "\n");
        try
        {
            var html = CliRunner.Run("simulate", Gke, "--events", hostile, "--format", "html").Out;
            XDocument.Parse(html);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(hostile);
        }
    }

    [ChromiumFact]
    public void Html_renders_in_headless_chromium_without_errors()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pk-simulate-{Environment.ProcessId}.html");
        File.WriteAllText(file, CliRunner.Run("simulate", Gke, GkeConfigMapsLogged, "--events", Immudb, "--format", "html").Out);
        try
        {
            var (exit, dom, error) = HeadlessChromium.DumpDom(file);
            Assert.True(exit == 0, error);
            Assert.Contains("<svg", dom, StringComparison.Ordinal);
            Assert.Contains("Audit volume simulation", dom, StringComparison.Ordinal);
            Assert.DoesNotContain("Uncaught", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Price_per_gb_replaces_the_cloud_list_prices()
    {
        var r = CliRunner.Run("simulate", Gke, "--events", Immudb, "--price-per-gb", "1", "--format", "json");
        using var json = JsonDocument.Parse(r.Out);
        var prices = json.RootElement.GetProperty("prices");
        Assert.Equal(1, prices.GetArrayLength());
        var policy = json.RootElement.GetProperty("policies")[0];
        Assert.Equal(policy.GetProperty("gbPerDay").GetDouble() * 30, policy.GetProperty("costPerMonth")[0].GetProperty("dollars").GetDouble(), 6);
    }

    [Theory]
    [InlineData("--price-per-gb", "-1", "--price-per-gb: give a price of 0 or more")]
    [InlineData("--threads", "0", "--threads: give 1 or more")]
    public void Bad_options_are_usage_errors(string option, string value, string message)
    {
        var r = CliRunner.Run("simulate", Gke, "--events", Immudb, option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Error);
    }

    [Fact]
    public void A_refused_policy_a_missing_log_and_lines_that_are_no_events_get_located_messages()
    {
        var refused = CliRunner.Run("simulate", Fixtures.Policy("eks-best-practices-guide.yaml"), "--events", Immudb);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("kube-apiserver would refuse this policy", refused.Error);
        var missing = CliRunner.Run("simulate", Gke, "--events", "no-such.log");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no-such.log", missing.Error);
        var policyAsLog = CliRunner.Run("simulate", Gke, "--events", Gke);
        Assert.Equal(1, policyAsLog.ExitCode);
        Assert.Contains("gke-gce-default.yaml:1:", policyAsLog.Error);
        Assert.StartsWith("log: 0 events", policyAsLog.Out);
    }

    [Fact]
    public void A_size_model_can_be_learned_from_a_log_of_ones_own()
    {
        var r = CliRunner.Run("simulate", Gke, "--events", Immudb, "--size-model", Falco, "--format", "json");
        using var json = JsonDocument.Parse(r.Out);
        Assert.Equal("falco-traces.jsonl", Path.GetFileName(json.RootElement.GetProperty("sizeModel").GetProperty("source").GetString()));
        var bad = CliRunner.Run("simulate", Gke, "--events", Immudb, "--size-model", Gke);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--size-model", bad.Error);
        var metadataOnly = CliRunner.Run("simulate", Gke, "--events", Immudb, "--size-model", Immudb);
        Assert.Equal(2, metadataOnly.ExitCode);
        Assert.Contains("no RequestResponse-level events to learn body sizes from", metadataOnly.Error);
    }
}
