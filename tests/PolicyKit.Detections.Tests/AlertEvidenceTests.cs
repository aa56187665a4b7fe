using System.Text.Json;
using PolicyKit.Detection;
using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;

namespace PolicyKit.Tests;

/// <summary>
/// Every alert says what matched and why: the evidence of the pack's positive fixtures, the exact items of
/// representative rules, never a secret value, values cut and escaped, compiled and interpreted alike.
/// </summary>
public class AlertEvidenceTests
{
    private static string Fixture(string rule) => Fixtures.Path("events", "detections", $"{rule}.positive.jsonl");

    private static List<DetectionAlert> AlertsIn(string json, DetectionMode mode = DetectionMode.Compiled, string? rule = null)
    {
        var rules = BuiltInDetections.Detections.Where(r => rule is null || r.Id == rule);
        var session = new DetectionSession(rules, mode);
        var alerts = new List<DetectionAlert>();
        foreach (var line in json.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var (_, problems) = session.Process(RandomEvents.Utf8(line), alerts.Add);
            Assert.Empty(problems);
        }
        return alerts;
    }

    private static List<DetectionAlert> AlertsOf(string rule, DetectionMode mode = DetectionMode.Compiled)
        => AlertsIn(File.ReadAllText(Fixture(rule)), mode, rule);

    private static IReadOnlyList<Evidence> Single(string rule, string json) => Assert.Single(AlertsIn(json, rule: rule)).Event.Evidence;

    public static TheoryData<string> Rules() => new(BuiltInDetections.Detections.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_alert_of_the_positive_fixtures_has_evidence_and_the_two_modes_agree(string rule)
    {
        var compiled = AlertsOf(rule);
        var interpreted = AlertsOf(rule, DetectionMode.Interpreted);
        Assert.NotEmpty(compiled);
        Assert.All(compiled, a => Assert.NotEmpty(a.Event.Evidence));
        Assert.Equal(compiled.Select(a => a.Event.Evidence), interpreted.Select(a => a.Event.Evidence));
    }

    [Fact]
    public void Compiled_and_interpreted_alerts_carry_the_same_evidence_on_generated_events()
    {
        var alerts = 0;
        Gen.Int.Sample(seed =>
        {
            var json = RandomEvents.Event(seed);
            var a = AlertsIn(json);
            var b = AlertsIn(json, DetectionMode.Interpreted);
            Assert.Equal(a.Select(x => (x.Rule.Id, x.Event.Evidence.ToList())), b.Select(x => (x.Rule.Id, x.Event.Evidence.ToList())), new EvidenceComparer());
            Interlocked.Add(ref alerts, a.Count);
        }, iter: 1000);
        Assert.True(alerts > 30, $"only {alerts} alerts in the sample");
    }

    [Fact]
    public void Explaining_a_match_never_changes_it()
    {
        Gen.Int.Sample(seed =>
        {
            var json = RandomEvents.Event(seed);
            PolicyKit.Events.Reading.EventText.ForEach(RandomEvents.Utf8(json), e =>
            {
                foreach (var rule in BuiltInDetections.Detections)
                {
                    var matches = DetectionInterpreter.Matches(rule.Info.Condition, e);
                    var explained = DetectionEvidence.OfCondition(rule.Info.Condition, e);
                    if ((explained is not null) != matches)
                    {
                        throw new Xunit.Sdk.XunitException($"{rule.Id}: matches {matches}, explained {explained is not null} on {json}");
                    }
                }
            });
        }, iter: 1000);
    }

    [Fact]
    public void A_sensitive_host_path_names_exactly_the_sensitive_volumes()
    {
        var evidence = Single("sensitive-host-path", Pod("""
            "volumes":[{"name":"cache","hostPath":{"path":"/var/lib/cache"}},{"name":"sock","hostPath":{"path":"/var/run/docker.sock"}},
                       {"name":"etc","hostPath":{"path":"//etc/./kubernetes/"}}]
            """));
        Assert.Equal(
            [
                new Evidence("requestObject.spec.volumes[1]", "name=sock", "matching item of volumes"),
                new Evidence("requestObject.spec.volumes[1].hostPath.path", "/var/run/docker.sock", "under /var/run"),
                new Evidence("requestObject.spec.volumes[2]", "name=etc", "matching item of volumes"),
                new Evidence("requestObject.spec.volumes[2].hostPath.path", "//etc/./kubernetes/", "under /etc"),
                new Evidence("requestObject.metadata.name", "web", "the object's name"),
            ], evidence);
    }

    [Fact]
    public void A_privileged_container_is_named_with_its_image_in_whichever_list_it_is()
    {
        var evidence = Single("privileged-container", Pod("""
            "containers":[{"name":"app","image":"nginx"}],"initContainers":[{"name":"setup","image":"busybox:1.36","securityContext":{"privileged":true}}]
            """));
        Assert.Contains(new Evidence("requestObject.spec.initContainers[0]", "name=setup image=busybox:1.36", "matching item of containers"), evidence);
        Assert.Contains(new Evidence("requestObject.spec.initContainers[0].securityContext.privileged", "true", "is true"), evidence);
        Assert.DoesNotContain(evidence, x => x.Value.Contains("nginx"));
    }

    [Fact]
    public void A_dangerous_capability_names_the_capability_and_its_container()
    {
        var evidence = Single("dangerous-capabilities", Pod("""
            "containers":[{"name":"app","image":"nginx","securityContext":{"capabilities":{"add":["CHOWN","SYS_ADMIN"]}}}]
            """));
        Assert.Contains(new Evidence("requestObject.spec.containers[0]", "name=app image=nginx", "matching item of containers"), evidence);
        Assert.Contains(new Evidence("requestObject.spec.containers[0].securityContext.capabilities.add[1]", "SYS_ADMIN", "in allow-list dangerous-capabilities"), evidence);
        Assert.DoesNotContain(evidence, x => x.Value == "CHOWN");
    }

    [Fact]
    public void A_controller_made_object_names_its_template_owner()
    {
        var pod = Pod("""
            "containers":[{"name":"app","image":"nginx","securityContext":{"privileged":true}}]
            """).Replace("\"metadata\":{\"name\":\"web\"}", "\"metadata\":{\"generateName\":\"web-5d8f-\",\"ownerReferences\":[{\"kind\":\"ReplicaSet\",\"name\":\"web-5d8f\",\"controller\":true}]}")
            .Replace("\"username\":\"alice\"", "\"username\":\"system:serviceaccount:operators:pod-maker\"");
        var evidence = Single("privileged-container", pod);
        Assert.Contains(new Evidence("requestObject.metadata.generateName", "web-5d8f-", "the object's name prefix"), evidence);
        Assert.Contains(new Evidence("requestObject.metadata.ownerReferences[0]", "ReplicaSet/web-5d8f", "made by this controller"), evidence);
    }

    [Fact]
    public void An_exec_shows_the_command_argv_and_container_without_credentials()
    {
        var exec = """
            {"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"e1","stage":"ResponseStarted","verb":"create",
             "requestURI":"/api/v1/namespaces/shop/pods/web-0/exec?command=sh&command=-c&command=mysql%20--password%3Dhunter2%20-h%20db&command=curl%20-H%20%22Authorization%3A%20Bearer%20tok-123%22%20https%3A%2F%2Fu%3Apw-456%40x&container=app&stdout=true",
             "user":{"username":"alice"},"objectRef":{"resource":"pods","subresource":"exec","namespace":"shop","name":"web-0"},"responseStatus":{"code":101}}
            """.ReplaceLineEndings("");
        var evidence = Single("pod-exec", exec);
        Assert.Contains(new Evidence("requestURI?container", "app", "the container"), evidence);
        var argv = Assert.Single(evidence, x => x.Path == "requestURI?command");
        Assert.StartsWith("[\"sh\", \"-c\", \"mysql --password=*** -h db\", \"curl -H ", argv.Value);
        var suspicious = Single("pod-exec-suspicious-command", exec);
        Assert.Contains(new Evidence("requestURI?command[0]", "sh", "in allow-list suspicious-exec-commands"), suspicious);
        foreach (var secret in new[] { "hunter2", "tok-123", "pw-456" })
        {
            Assert.DoesNotContain(evidence.Concat(suspicious), x => x.Value.Contains(secret));
        }
    }

    [Fact]
    public void A_binding_shows_its_subjects_and_role()
    {
        var binding = Write("clusterrolebindings", "", """
            {"kind":"ClusterRoleBinding","metadata":{"name":"ops"},"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"cluster-admin"},
             "subjects":[{"kind":"User","name":"mallory"},{"kind":"ServiceAccount","namespace":"ci","name":"deployer"}]}
            """);
        var evidence = Single("binding-to-admin", binding);
        Assert.Contains(new Evidence("requestObject.roleRef.name", "cluster-admin", "in allow-list admin-roles"), evidence);
        Assert.Contains(new Evidence("requestObject.roleRef", "ClusterRole/cluster-admin", "the role granted"), evidence);
        Assert.Contains(new Evidence("requestObject.subjects[0]", "User mallory", "granted to"), evidence);
        Assert.Contains(new Evidence("requestObject.subjects[1]", "ServiceAccount ci/deployer", "granted to"), evidence);
    }

    [Fact]
    public void An_overbroad_role_shows_the_rule_that_is()
    {
        var role = Write("clusterroles", "", """
            {"kind":"ClusterRole","metadata":{"name":"r"},"rules":[{"apiGroups":[""],"resources":["configmaps"],"verbs":["get"]},{"apiGroups":["*"],"resources":["*"],"verbs":["*"]}]}
            """);
        var evidence = Single("overbroad-role", role);
        Assert.Contains(new Evidence("requestObject.rules[1]", "apiGroups=[*] resources=[*] verbs=[*]", "matching item of rules"), evidence);
        Assert.DoesNotContain(evidence, x => x.Path.StartsWith("requestObject.rules[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_shows_its_type_and_ports()
    {
        var service = Write("services", "shop", """
            {"kind":"Service","metadata":{"name":"db"},"spec":{"type":"NodePort","ports":[{"port":5432,"targetPort":5432,"nodePort":30432},{"port":80,"protocol":"UDP","targetPort":"http"}]}}
            """);
        var evidence = Single("service-exposed", service);
        Assert.Contains(new Evidence("requestObject.spec.type", "NodePort", "one of NodePort, LoadBalancer"), evidence);
        Assert.Contains(new Evidence("requestObject.spec.ports", "5432/TCP -> 5432, nodePort 30432, 80/UDP -> http", "the ports exposed"), evidence);
    }

    [Fact]
    public void A_secret_value_never_reaches_an_alert()
    {
        const string Marker = "S3CRET-MARKER";
        var secret = Write("secrets", "kube-system", $$$"""
            {"kind":"Secret","type":"kubernetes.io/service-account-token",
             "metadata":{"name":"t","annotations":{"kubernetes.io/service-account.name":"admin-bot","kubectl.kubernetes.io/last-applied-configuration":"{\"stringData\":{\"token\":\"{{{Marker}}}\"}}"}},
             "data":{"token":"{{{Marker}}}","{{{Marker}}}":"x"},"stringData":{"password":"{{{Marker}}}"}}
            """);
        var alerts = AlertsIn(secret);
        Assert.Contains(alerts, a => a.Rule.Id == "long-lived-token-secret");
        Assert.All(alerts, a => Assert.DoesNotContain(Marker, JsonSerializer.Serialize(a.Event)));
        var configMap = Write("configmaps", "shop", $$$"""{"kind":"ConfigMap","metadata":{"name":"c"},"data":{"db_password":"{{{Marker}}}"}}""");
        var evidence = Single("configmap-credentials", configMap);
        Assert.Contains(new Evidence("requestObject.data.db_password", "db_password", "contains \"password\""), evidence);
        Assert.DoesNotContain(Marker, JsonSerializer.Serialize(evidence));
    }

    [Fact]
    public void Long_values_are_cut_and_control_characters_escaped()
    {
        var path = "/etc/" + new string('a', 3000) + "\n\u001b[2J";
        var evidence = Single("sensitive-host-path", Pod("\"volumes\":[{\"name\":\"x\\u0007\",\"hostPath\":{\"path\":" + JsonSerializer.Serialize(path) + "}}]"));
        var host = Assert.Single(evidence, x => x.Path.EndsWith("hostPath.path", StringComparison.Ordinal));
        Assert.Equal("/etc/" + new string('a', 1019) + "…[1,986 more characters]", host.Value);
        Assert.Contains(new Evidence("requestObject.spec.volumes[0]", "name=x\\u0007", "matching item of volumes"), evidence);
        var escaped = Evidence.Safe("p", "a\nb\u202e\u001b", "r");
        Assert.Equal("a\\nb\\u202e\\u001b", escaped.Value);
    }

    [Fact]
    public void Evidence_is_capped()
    {
        var volumes = string.Join(",", Enumerable.Range(0, 40).Select(i => $$$"""{"name":"v{{{i}}}","hostPath":{"path":"/proc/{{{i}}}"}}"""));
        var evidence = Single("sensitive-host-path", Pod($"\"volumes\":[{volumes}]"));
        Assert.Equal(DetectionEvidence.MaxItems, evidence.Count);
        Assert.Equal(new Evidence("…", $"{80 + 1 - (DetectionEvidence.MaxItems - 1)} more items", "not listed"), evidence[^1]);
    }

    [Fact]
    public void Logging_rule_names_the_policy_rule()
    {
        var policy = new Policy(new EquatableArray<PolicyRule>([new PolicyRule(Level.None) { Name = "quiet" }, new PolicyRule(Level.Metadata) { Name = "catch-all" }]));
        Assert.Equal(new LoggingRule(1, "catch-all", Level.Metadata), LoggingRule.Of(new AuditDecision(Level.Metadata, default, false, 1), policy));
        Assert.Equal(new LoggingRule(null, null, Level.None), LoggingRule.Of(new AuditDecision(Level.None, default, false, -1), policy));
    }

    /// <summary>A pod created by alice in shop, with the spec's fields.</summary>
    private static string Pod(string specFields)
        => Write("pods", "shop", "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"web\"},\"spec\":{" + specFields.ReplaceLineEndings("") + "}}");

    private static string Write(string resource, string ns, string body)
        => ("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Request\",\"auditID\":\"a1\",\"stage\":\"ResponseComplete\",\"verb\":\"create\"," +
            "\"requestURI\":\"/x\",\"user\":{\"username\":\"alice\",\"groups\":[\"system:authenticated\"]},\"userAgent\":\"kubectl/v1.30.2\"," +
            "\"objectRef\":{\"resource\":\"" + resource + "\"" + (ns.Length > 0 ? ",\"namespace\":\"" + ns + "\"" : "") + "},\"responseStatus\":{\"code\":201}," +
            "\"requestObject\":" + body.ReplaceLineEndings("") + "}");

    private sealed class EvidenceComparer : IEqualityComparer<(string, List<Evidence>)>
    {
        public bool Equals((string, List<Evidence>) x, (string, List<Evidence>) y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2);

        public int GetHashCode((string, List<Evidence>) obj) => obj.Item1.GetHashCode();
    }
}
