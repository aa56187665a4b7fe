using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace PolicyKit.Tests;

/// <summary>policykit detect: inputs of every shape, the alert format, secrets never copied, bad lines, custom rules.</summary>
public class DetectCommandTests
{
    private static string Falco(string name) => Fixtures.Path("events", "falco-traces", name);

    private static string Temp(string suffix) => Path.Combine(Path.GetTempPath(), "pk-detect-" + Guid.NewGuid().ToString("N") + suffix);

    [Fact]
    public void Alert_lines_carry_the_documented_fields()
    {
        var r = CliRunner.Run("detect", Falco("exec_pod.json"));
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(2, r.OutLines.Length);
        using var alert = JsonDocument.Parse(r.OutLines[0]);
        var root = alert.RootElement;
        Assert.Equal(["rule", "title", "severity", "mitre", "auditID", "timestamp", "user", "verb", "objectRef", "sourceIPs", "reason", "evidence"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("pod-exec", root.GetProperty("rule").GetString());
        Assert.Equal("medium", root.GetProperty("severity").GetString());
        Assert.Equal("T1609", root.GetProperty("mitre").GetString());
        Assert.Equal("ca1ed9f4-7bf4-4c85-81a8-1b11253d1ba6", root.GetProperty("auditID").GetString());
        Assert.Equal("exec", root.GetProperty("objectRef").GetProperty("subresource").GetString());
        Assert.Equal("192.168.99.1", root.GetProperty("sourceIPs")[0].GetString());
        Assert.Contains("pod-exec: 1 alert(s)", r.Error);
        Assert.Contains("1 event(s), 2 alert(s)", r.Error);
    }

    [Fact]
    public void Text_format_is_a_line_per_alert_then_an_indented_line_per_evidence_item()
    {
        var r = CliRunner.Run("detect", "--format", "text", Falco("exec_pod.json"));
        Assert.Equal(2, r.OutLines.Count(l => !l.StartsWith("  ", StringComparison.Ordinal)));
        Assert.StartsWith("2018-10-26T13:38:34.902914Z medium pod-exec: ", r.OutLines[0]);
        Assert.Contains("  requestURI?command = [\"bash\"] (the command run (credentials hidden))", r.OutLines);
        Assert.Contains("  requestURI?command[0] = bash (in allow-list suspicious-exec-commands)", r.OutLines);
    }

    [Fact]
    public void Json_alerts_carry_evidence_objects()
    {
        var r = CliRunner.Run("detect", Falco("exec_pod.json"));
        using var alert = JsonDocument.Parse(r.OutLines[1]);
        var evidence = alert.RootElement.GetProperty("evidence").EnumerateArray()
            .Select(x => (x.GetProperty("path").GetString(), x.GetProperty("value").GetString(), x.GetProperty("reason").GetString())).ToList();
        Assert.Equal(("requestURI?command[0]", "bash", "in allow-list suspicious-exec-commands"), evidence[0]);
        Assert.Contains(("requestURI?command", "[\"bash\"]", "the command run (credentials hidden)"), evidence);
        Assert.False(alert.RootElement.TryGetProperty("loggedBy", out _));
    }

    [Fact]
    public void With_a_policy_each_alert_names_the_rule_that_logged_its_event()
    {
        var policy = Temp(".yaml");
        File.WriteAllText(policy, """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              - level: None
                users: ["system:kube-proxy"]
              - level: RequestResponse
                resources: [{group: "", resources: ["pods/exec"]}]
              - level: Metadata
            """);
        try
        {
            var r = CliRunner.Run("detect", "--policy", policy, Falco("exec_pod.json"));
            Assert.Equal(1, r.ExitCode);
            Assert.Equal(2, r.OutLines.Length);
            Assert.All(r.OutLines, line => Assert.Contains("\"loggedBy\":{\"rule\":1,\"level\":\"RequestResponse\"}", line));
            var text = CliRunner.Run("detect", "--format", "text", "--policy", policy, Falco("exec_pod.json"));
            Assert.Equal(2, text.OutLines.Count(l => l == "  logged by policy rule 1 at level RequestResponse"));
        }
        finally
        {
            File.Delete(policy);
        }
    }

    [Fact]
    public void With_a_policy_assembly_alerts_name_the_compiled_rule_as_evaluate_does()
    {
        var dll = typeof(ClusterPolicy.ClusterAuditPolicy).Assembly.Location;
        var decision = JsonDocument.Parse(CliRunner.Run("evaluate", "--assembly", dll, "--events", Falco("exec_pod.json")).OutLines[0]).RootElement;
        var index = decision.GetProperty("rule").GetInt32();
        var r = CliRunner.Run("detect", "--assembly", dll, Falco("exec_pod.json"));
        var loggedBy = JsonDocument.Parse(r.OutLines[0]).RootElement.GetProperty("loggedBy");
        Assert.Equal(index, loggedBy.GetProperty("rule").GetInt32());
        Assert.Equal(decision.GetProperty("level").GetString(), loggedBy.GetProperty("level").GetString());
        var name = ClusterPolicy.ClusterAuditPolicy.Model.Rules[index].Name;
        Assert.Equal(name, loggedBy.TryGetProperty("name", out var n) ? n.GetString() : null);
    }

    [Fact]
    public void A_policy_the_apiserver_would_refuse_is_a_usage_error_before_any_alert()
    {
        var policy = Temp(".yaml");
        File.WriteAllText(policy, "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Loud\n");
        try
        {
            var r = CliRunner.Run("detect", "--policy", policy, Falco("exec_pod.json"));
            Assert.Equal(2, r.ExitCode);
            Assert.Equal("", r.Out);
            Assert.Contains("kube-apiserver would refuse this policy", r.Error);
        }
        finally
        {
            File.Delete(policy);
        }
    }

    [Fact]
    public void A_burst_is_one_alert_carrying_the_burst()
    {
        var log = Fixtures.Path("events", "detections", "anonymous-forbidden-burst.positive.jsonl");
        var r = CliRunner.Run("detect", log);
        Assert.Equal(1, r.ExitCode);
        using var alert = JsonDocument.Parse(Assert.Single(r.OutLines));
        var root = alert.RootElement;
        Assert.Equal("anonymous-forbidden-burst", root.GetProperty("rule").GetString());
        Assert.StartsWith("20 matching events for source IP 198.51.100.23 within 60 s, the last: system:anonymous get ", root.GetProperty("reason").GetString());
        var burst = root.GetProperty("burst");
        Assert.Equal("sourceIP", burst.GetProperty("countBy").GetString());
        Assert.Equal("198.51.100.23", burst.GetProperty("key").GetString());
        Assert.Equal(20, burst.GetProperty("count").GetInt32());
        Assert.Equal(60, burst.GetProperty("windowSeconds").GetInt32());
        var text = CliRunner.Run("detect", "--format", "text", log);
        Assert.Contains("anonymous-forbidden-burst: Burst of denied anonymous requests from one address: 20 matching events for source IP",
            Assert.Single(text.OutLines, l => !l.StartsWith("  ", StringComparison.Ordinal)));
        Assert.Contains("  user.username = system:anonymous (== \"system:anonymous\")", text.OutLines);
    }

    [Fact]
    public void Benign_traffic_exits_zero_without_output()
    {
        var r = CliRunner.Run("detect", Fixtures.Path("events", "immudb", "k8s-metadata.jsonl"));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Contains("2971 event(s), 0 alert(s)", r.Error);
    }

    [Fact]
    public void Secret_values_tokens_and_request_uris_never_reach_an_alert()
    {
        // A secret read by a script, with the secret in the response body and a token in the URL.
        var e = """
            {"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":"s1","stage":"ResponseComplete",
             "requestURI":"/api/v1/namespaces/shop/secrets/db?access_token=TOKEN-IN-URL","verb":"get",
             "user":{"username":"system:serviceaccount:shop:web"},"userAgent":"curl/8.5.0",
             "objectRef":{"resource":"secrets","namespace":"shop","name":"db"},"responseStatus":{"code":200},
             "responseObject":{"kind":"Secret","data":{"password":"SECRET-VALUE"},"stringData":{"token":"SECRET-TOKEN"}}}
            """.ReplaceLineEndings("");
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(e), "detect", "-");
        Assert.Contains("secret-read-unexpected", r.Out);
        Assert.DoesNotContain("SECRET", r.Out + r.Error);
        Assert.DoesNotContain("TOKEN-IN-URL", r.Out + r.Error);
    }

    [Fact]
    public void Bad_lines_are_counted_with_their_numbers_and_never_stop_the_run()
    {
        var path = Temp(".jsonl");
        var good = File.ReadAllText(Falco("exec_pod.json")).Trim();
        File.WriteAllText(path, good + "\nnot json\n{\"kind\":\"Pod\"}\n" + good[..40] + "\n" + good + "\n");
        try
        {
            var r = CliRunner.Run("detect", path);
            Assert.Equal(1, r.ExitCode);
            Assert.Equal(4, r.OutLines.Length);
            Assert.Contains($"{path}:2: ", r.Error);
            Assert.Contains($"{path}:3: not an audit Event: kind is \"Pod\"", r.Error);
            Assert.Contains($"{path}:4: ", r.Error);
            Assert.Contains("3 input value(s) skipped", r.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_eventlist_with_a_bad_item_counts_the_events_before_it()
    {
        var list = """{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[{"kind":"Event","auditID":"a","stage":"ResponseComplete","verb":"get","user":{"username":"system:anonymous"},"requestURI":"/api","annotations":{"authorization.k8s.io/decision":"allow"}}, 5]}""";
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(list + "\n"), "detect", "-");
        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.OutLines);
        Assert.Contains("<stdin>:1: EventList item 1: not an audit Event", r.Error);
        Assert.Contains("1 event(s), 1 alert(s) from 37 rules, 1 input value(s) skipped", r.Error);
    }

    [Fact]
    public void Gzip_eventlists_v1beta1_and_rotated_directories_are_read()
    {
        var dir = Temp("");
        Directory.CreateDirectory(dir);
        try
        {
            // An EventList (what the webhook backend posts), pretty-printed, gzipped, as a rotated backup.
            var items = new[] { "exec_pod.json", "attach_pod.json" }.Select(f => JsonDocument.Parse(File.ReadAllText(Falco(f))).RootElement.Clone());
            var list = JsonSerializer.Serialize(new { kind = "EventList", apiVersion = "audit.k8s.io/v1", items }, new JsonSerializerOptions { WriteIndented = true });
            using (var gz = new GZipStream(File.Create(Path.Combine(dir, "audit.log.1.gz")), CompressionLevel.Fastest))
            {
                gz.Write(Encoding.UTF8.GetBytes(list));
            }
            File.Copy(Falco("create_cluster_role_wildcard_verbs.json"), Path.Combine(dir, "audit.log"));
            File.SetLastWriteTimeUtc(Path.Combine(dir, "audit.log.1.gz"), DateTime.UtcNow.AddHours(-1));
            File.SetLastWriteTimeUtc(Path.Combine(dir, "audit.log"), DateTime.UtcNow);
            var r = CliRunner.Run("detect", dir);
            Assert.Equal(1, r.ExitCode);
            Assert.Equal(["pod-exec", "pod-exec-suspicious-command", "pod-exec", "overbroad-role"],
                r.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("rule").GetString()));
            Assert.Contains("3 event(s), 4 alert(s)", r.Error);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Compiled_and_interpreted_runs_print_the_same_alerts()
    {
        var all = Directory.GetFiles(Fixtures.Path("events", "falco-traces")).Order().ToArray();
        var compiled = CliRunner.Run(["detect", .. all]);
        var interpreted = CliRunner.Run(["detect", "--interpret", .. all]);
        // 14: the traces' six privileged/host pods were made by the replicaset-controller (their template's author is judged).
        Assert.Equal(14, compiled.OutLines.Length);
        Assert.Equal(compiled.Out, interpreted.Out);
    }

    [Fact]
    public void Rules_of_a_built_assembly_replace_the_pack_and_allow_lists_extend_from_the_command_line()
    {
        var dll = typeof(ClusterPolicy.ClusterDetections).Assembly.Location;
        var session = File.ReadAllText(Falco("exec_pod.json")).Replace("\"namespace\":\"default\"", "\"namespace\":\"payments\"");
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(session), "detect", "--rules", dll, "-");
        Assert.Equal(["payments-session"], r.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("rule").GetString()));
        Assert.Contains("from 2 rules", r.Error);
        var allowed = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(session), "detect", "--rules", dll, "--allow", "payments-on-call=minikube-user", "-");
        Assert.Equal(0, allowed.ExitCode);
        Assert.Equal("", allowed.Out);
    }

    [Fact]
    public void An_assembly_without_rules_is_bad_usage()
    {
        var r = CliRunner.Run("detect", "--rules", typeof(DetectCommandTests).Assembly.Location, Falco("exec_pod.json"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("holds no detection rules", r.Error);
    }
}

/// <summary>policykit lint --detections: PK2010 for a YAML policy and the built-in pack or a rules assembly.</summary>
public class LintDetectionsCommandTests
{
    [Fact]
    public void Reports_the_rules_a_policy_leaves_blind_with_a_witness_at_the_deciding_rule()
    {
        var r = CliRunner.Run("lint", Fixtures.Policy("gke-gce-default.yaml"), "--detections", "builtin");
        Assert.Equal(0, r.ExitCode);
        var line = Assert.Single(r.OutLines, l => l.Contains("events-deleted reads events of events delete, which rule 9 logs at None"));
        Assert.Matches(@"^.*gke-gce-default\.yaml:\d+:\d+: warning: rules\[9\]\.level: .*\[PK2010\]$", line);
        // Also: cluster-autoscaler's configmap updates logged at None (an add-on, no longer control plane), ConfigMap
        // bodies (configmap-credentials) and secret bodies (long-lived-token-secret, secret-tampering) never logged.
        Assert.Equal(5, r.OutLines.Count(l => l.EndsWith("[PK2010]")));
        Assert.DoesNotContain(CliRunner.Run("lint", Fixtures.Policy("gke-gce-default.yaml")).OutLines, l => l.EndsWith("[PK2010]"));
    }

    [Fact]
    public void Sarif_describes_PK2010_with_its_catalog_title_and_level()
    {
        var r = CliRunner.Run("lint", Fixtures.Policy("gke-gce-default.yaml"), "--format", "sarif", "--detections", "builtin");
        using var json = JsonDocument.Parse(r.Out);
        var run = json.RootElement.GetProperty("runs")[0];
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "PK2010");
        Assert.Equal("The policy does not log what the detection reads", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.EndsWith("docs/rules/PK2010.md", rule.GetProperty("helpUri").GetString());
        Assert.All(run.GetProperty("results").EnumerateArray().Where(e => e.GetProperty("ruleId").GetString() == "PK2010"),
            e => Assert.Equal("warning", e.GetProperty("level").GetString()));
        using var findings = JsonDocument.Parse(CliRunner.Run("lint", Fixtures.Policy("gke-gce-default.yaml"), "--format", "json", "--detections", "builtin").Out);
        Assert.All(findings.RootElement.EnumerateArray().Where(e => e.GetProperty("id").GetString() == "PK2010"),
            e => Assert.Equal("The policy does not log what the detection reads", e.GetProperty("title").GetString()));
    }

    [Fact]
    public void A_policy_logging_every_body_has_no_PK2010_and_json_carries_the_witness()
    {
        var yaml = Path.Combine(Path.GetTempPath(), "pk-all-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(yaml, "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: RequestResponse\n");
        try
        {
            var r = CliRunner.Run("lint", yaml, "--format", "json", "--detections", "builtin");
            using (var json = System.Text.Json.JsonDocument.Parse(r.Out))
            {
                Assert.DoesNotContain(json.RootElement.EnumerateArray(), f => f.GetProperty("id").GetString() == "PK2010");
            }
            var own = CliRunner.Run("lint", Fixtures.Policy("kubernetes-docs-example.yaml"), "--format", "json", "--detections", typeof(ClusterPolicy.ClusterDetections).Assembly.Location);
            using var found = System.Text.Json.JsonDocument.Parse(own.Out);
            var f = Assert.Single(found.RootElement.EnumerateArray(), f => f.GetProperty("id").GetString() == "PK2010"
                && f.GetProperty("message").GetString()!.Contains("payments-foreign-image reads requestObject of deployments create"));
            Assert.Equal("deployments", f.GetProperty("witness").GetProperty("resource").GetString());
        }
        finally
        {
            File.Delete(yaml);
        }
    }
}
