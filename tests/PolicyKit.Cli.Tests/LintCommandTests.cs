using System.Text.Json;

namespace PolicyKit.Tests;

/// <summary><c>policykit lint</c> and <c>policykit witnesses</c> on YAML: formats, exit codes, witnesses, and the real policies.</summary>
public class LintCommandTests
{
    /// <summary>
    /// Every real policy's findings, reviewed one by one: id@line. Each line says why the finding is real.
    /// </summary>
    public static TheoryData<string, string[]> RealPolicies => new()
    {
        // v1beta1 (refused since 1.24) and analysed anyway; RequestReceived kept; configmap aws-auth bodies logged
        // at RequestResponse (rule 0); RequestResponse over every resource of 18 groups (rule 15).
        { "eks-best-practices-guide.yaml", ["PK1030@2", "PK1051@2", "PK1010@6", "PK1011@137"] },
        // RequestResponse over every resource of the known groups (rule 15): the only finding on GKE's policy.
        { "gke-gce-default.yaml", ["PK1011@143"] },
        { "hypershift-openshift-apiserver-default.yaml", [] },
        // One Metadata rule without omitStages: every request also writes a RequestReceived event.
        { "kubeadm-legacy-default.yaml", ["PK1030@3"] },
        { "kubermatic-metadata.yaml", ["PK1030@3"] },
        // No catch-all: attach, pod and deployment changes unrecorded; RequestResponse on secret usersshkeys;
        // a whole CRD group at RequestResponse; resourceNames with create (never has a name).
        { "kubermatic-minimal.yaml", ["PK1021@7", "PK1021@7", "PK1021@7", "PK1031@7", "PK1010@8", "PK1011@20", "PK1042@25"] },
        { "kubermatic-recommended.yaml", ["PK1010@8", "PK1011@20", "PK1042@25"] },
        // Pods at RequestResponse (list/watch bodies); configmaps in kube-system at Request; whole groups at Request.
        { "kubernetes-docs-example.yaml", ["PK1011@9", "PK1010@44", "PK1011@61"] },
        // authentication.k8s.io has no tokenrequests; the "resource:" typo the apiserver drops; configmaps bodies
        // and list/watch bodies in the RequestResponse catch-all.
        { "openshift-allrequestbodies.yaml", ["PK1043@34", "PK1050@38", "PK1010@40", "PK1011@40", "PK1011@40"] },
        { "openshift-default.yaml", [] },
        // v1beta1; verbs ["*"] is a literal star, so rule 0 matches nothing.
        { "openshift-legacy-default.yaml", ["PK1051@2", "PK1041@10"] },
        // Everything at None: the two None rules before the None catch-all change nothing; secrets and CIS concerns unrecorded.
        { "openshift-none.yaml", ["PK1002@12", "PK1002@21", "PK1020@27", "PK1021@27", "PK1021@27", "PK1021@27", "PK1021@27", "PK1021@27", "PK1021@27", "PK1021@27"] },
        // Like allrequestbodies, plus exec limited to create (WebSocket exec arrives as get).
        { "openshift-writerequestbodies.yaml", ["PK1043@34", "PK1050@38", "PK1010@40", "PK1011@40", "PK1045@41"] },
        { "rancher-rke1-default.yaml", ["PK1030@2"] },
        // A single None rule: nothing is recorded at all.
        { "rke2-cis-default.yaml", ["PK1020@7", "PK1021@7", "PK1021@7", "PK1021@7", "PK1021@7", "PK1021@7", "PK1021@7", "PK1021@7"] },
        { "talos-default.yaml", ["PK1030@2"] },
    };

    [Theory]
    [MemberData(nameof(RealPolicies))]
    public void Real_policies_get_the_reviewed_findings(string file, string[] expected)
    {
        var result = CliRunner.Run("lint", Fixtures.Policy(file), "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        var found = json.RootElement.EnumerateArray().Select(f => f.GetProperty("id").GetString() + "@" + f.GetProperty("line").GetInt32()).ToArray();
        Assert.Equal(expected, found);
        Assert.Equal(found.Any(f => json.RootElement.EnumerateArray().Any(e => e.GetProperty("severity").GetString() == "error")) ? 1 : 0, result.ExitCode);
    }

    [Fact]
    public void Every_witness_in_the_json_output_is_a_request_the_policy_decides_as_claimed()
    {
        foreach (var file in Fixtures.Policies())
        {
            var result = CliRunner.Run("lint", file, "--format", "json");
            using var json = JsonDocument.Parse(result.Out);
            foreach (var f in json.RootElement.EnumerateArray())
            {
                Assert.True(f.TryGetProperty("witness", out var witness), "every finding has a witness key");
                Assert.True(f.TryGetProperty("rule", out _));
                foreach (var key in new[] { "id", "severity", "message", "file", "line", "column" })
                {
                    Assert.True(f.TryGetProperty(key, out _), key);
                }
                if (witness.ValueKind == JsonValueKind.Object)
                {
                    foreach (var key in new[] { "user", "verb", "resourceRequest", "namespace", "apiGroup", "resource", "subresource", "name", "path" })
                    {
                        Assert.True(witness.TryGetProperty(key, out _), key);
                    }
                }
            }
        }
    }

    [Fact]
    public void Text_output_has_file_line_column_and_id_and_exit_1_on_errors()
    {
        var result = CliRunner.Run("lint", Fixtures.Policy("kubermatic-recommended.yaml"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("kubermatic-recommended.yaml:8:12: error: rules[0].level: rule 0 logs secrets at RequestResponse") && l.EndsWith("[PK1010]"));
        Assert.EndsWith("3 rules, 1 error, 2 warnings", result.OutLines[^1]);
        Assert.Equal(0, CliRunner.Run("lint", Fixtures.Policy("gke-gce-default.yaml")).ExitCode);
    }

    [Fact]
    public void Sarif_output_is_2_1_0_with_rules_results_and_locations()
    {
        var result = CliRunner.Run("lint", Fixtures.Policy("openshift-writerequestbodies.yaml"), "--format", "sarif");
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var run = json.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["PK1010", "PK1011", "PK1043", "PK1045", "PK1050"], rules);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(5, results.Count);
        var exec = results.Single(r => r.GetProperty("ruleId").GetString() == "PK1045");
        var region = exec.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(41, region.GetProperty("startLine").GetInt32());
        Assert.Equal("warning", exec.GetProperty("level").GetString());
        Assert.EndsWith("docs/rules/PK1045.md", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[3].GetProperty("helpUri").GetString());
    }

    [Fact]
    public void Witnesses_json_gives_a_witness_per_reachable_rule_and_the_covering_rules_otherwise()
    {
        var policy = Path.Combine(Path.GetTempPath(), "pk-witness-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(policy, """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
            - level: None
              resources: [{group: "", resources: ["pods/*"]}]
            - level: Metadata
              resources: [{group: "", resources: ["pods/log"]}]
            - level: Metadata
              nonResourceURLs: ["/healthz*"]
            """);
        try
        {
            var result = CliRunner.Run("witnesses", policy, "--format", "json");
            Assert.Equal(1, result.ExitCode);
            using var json = JsonDocument.Parse(result.Out);
            var rules = json.RootElement.EnumerateArray().ToList();
            Assert.True(rules[0].GetProperty("reachable").GetBoolean());
            Assert.False(rules[1].GetProperty("reachable").GetBoolean());
            Assert.Equal(JsonValueKind.Null, rules[1].GetProperty("witness").ValueKind);
            Assert.Equal([0], rules[1].GetProperty("coveredBy").EnumerateArray().Select(e => e.GetInt32()));
            var w = rules[2].GetProperty("witness");
            Assert.False(w.GetProperty("resourceRequest").GetBoolean());
            Assert.StartsWith("/healthz", w.GetProperty("path").GetString());
            var text = CliRunner.Run("witnesses", policy);
            Assert.Contains(text.OutLines, l => l.Contains(":6:3: rule 1 (Metadata): unreachable: rule 0 matches every request it matches"));
        }
        finally
        {
            File.Delete(policy);
        }
    }
}
