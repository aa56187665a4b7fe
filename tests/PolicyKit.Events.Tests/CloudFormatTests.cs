using System.Text;
using System.Text.Json.Nodes;
using PolicyKit.Detection;
using PolicyKit.Events;
using PolicyKit.Events.Formats;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>
/// GKE, EKS and AKS envelopes read as the raw events they carry: every raw fixture event, wrapped in each
/// envelope, reads as the same event and gets the same decision from every real policy (GKE: the same as the
/// event reduced to what GKE records, docs/gke.md). The real GKE entries map field by field.
/// </summary>
public class CloudFormatTests
{
    private static readonly List<(string Name, PolicyEvaluator Evaluator)> Policies = Fixtures.Policies()
        .Select(p => (System.IO.Path.GetFileName(p), PolicyYamlReader.ReadFile(p).Policy))
        .Where(p => p.Policy is not null)
        .Select(p => (p.Item1, new PolicyEvaluator(p.Policy!)))
        .ToList();

    /// <summary>Everything the policy path and the rules read of an event, and the decision of every real policy.</summary>
    internal static string Full(Utf8AuditEvent e)
    {
        var json = JsonNode.Parse(e.Json.Span)!;
        var request = e.ToRequest();
        return string.Join("|",
            LogReading.Describe(e), e.Level, e.StageName, string.Join(",", e.GetList(EventField.SourceIps)), e.UserAgent, e.ResponseCode,
            e.Get(EventField.Annotation, "authorization.k8s.io/decision"), e.Get(EventField.Annotation, "authorization.k8s.io/reason"),
            e.ReceivedTimestamp, e.Get(EventField.ImpersonatedUsername), json["requestObject"]?.ToJsonString(), json["responseObject"]?.ToJsonString(),
            string.Join(";", Policies.Select(p => p.Evaluator.Evaluate(request).ToString())));
    }

    private static List<string> Read(string text, InputFormat format = InputFormat.Auto, int workers = 1)
    {
        var read = LogReading.Read(Encoding.UTF8.GetBytes(text), workers: workers, format: format, describe: Full);
        Assert.Empty(read.Problems);
        return read.Events;
    }

    [Fact]
    public void Every_raw_event_reads_the_same_from_each_EKS_and_AKS_envelope()
    {
        var raw = RawFixtureEvents.All().ToList();
        Assert.True(raw.Count > 1000);
        var expected = Read(string.Concat(raw.Select(r => r.Json.ReplaceLineEndings(" ") + "\n")));
        Assert.Equal(raw.Count, expected.Count);
        var lines = raw.Select(r => r.Json).ToList();
        var envelopes = new Dictionary<string, string>
        {
            ["eks record"] = string.Concat(lines.Select((l, i) => CloudEnvelopes.Line(CloudEnvelopes.EksRecord(l, i)) + "\n")),
            ["eks subscription"] = string.Concat(lines.Chunk(7).Select(c => CloudEnvelopes.Line(CloudEnvelopes.EksSubscription(c)))),
            ["aks record"] = string.Concat(lines.Select(l => CloudEnvelopes.Line(CloudEnvelopes.AksRecord(l)) + "\n")),
            ["aks records"] = string.Concat(lines.Chunk(9).Select(c => CloudEnvelopes.AksRecords(c).ToJsonString(new() { WriteIndented = true }) + "\n")),
        };
        foreach (var (name, text) in envelopes)
        {
            Assert.True(expected.SequenceEqual(Read(text)), name);
            Assert.True(expected.SequenceEqual(Read(text, workers: 2)), name + ", 2 threads");
        }
    }

    private static void SameLines(List<string> expected, List<string> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i] == actual[i], $"line {i}:\nexpected {expected[i]}\nactual   {actual[i]}");
        }
    }

    [Fact]
    public void Every_raw_v1_event_reads_the_same_from_its_AKSAudit_row()
    {
        // v1beta1's timestamp has no column; the v1 events carry everything the table holds.
        var raw = RawFixtureEvents.All().Where(r => r.Json.Contains("\"audit.k8s.io/v1\"", StringComparison.Ordinal) && !r.Json.Contains("\"timestamp\"", StringComparison.Ordinal))
            .Select(r => r.Json).ToList();
        Assert.True(raw.Count > 500);
        var expected = Read(string.Concat(raw.Select(r => r.ReplaceLineEndings(" ") + "\n")));
        var rows = new JsonArray(raw.Select(r => (JsonNode)CloudEnvelopes.AksAuditRow(RawFixtureEvents.Parse(r))).ToArray());
        SameLines(expected, Read(rows.ToJsonString(new() { WriteIndented = true })));
        Assert.Equal(expected, Read(string.Concat(rows.Select(r => r!.ToJsonString() + "\n"))));
    }

    [Fact]
    public void Every_raw_event_reads_from_its_GKE_entry_as_the_event_reduced_to_what_GKE_records()
    {
        var checkedEvents = 0;
        foreach (var (file, json) in RawFixtureEvents.All())
        {
            var e = RawFixtureEvents.Parse(json);
            var entry = CloudEnvelopes.GkeEntry(e);
            if (entry is null)
            {
                continue;
            }
            var fromGke = Read(CloudEnvelopes.Line(entry) + "\n");
            var uri = JsonNode.Parse(Single(CloudEnvelopes.Line(entry)))!["requestURI"]!.GetValue<string>();
            var projected = Read(CloudEnvelopes.Line(CloudEnvelopes.GkeProjection(e, uri)) + "\n");
            Assert.True(projected.SequenceEqual(fromGke), $"{file}: {json}\nprojected: {projected[0]}\nfrom GKE:  {fromGke[0]}");
            checkedEvents++;
        }
        Assert.True(checkedEvents > 1000);
    }

    private static string Single(string line)
    {
        string? json = null;
        var problems = Events.Reading.EventText.ForEach(Encoding.UTF8.GetBytes(line), e => json = Encoding.UTF8.GetString(e.Json.Span));
        Assert.Empty(problems);
        return json!;
    }

    [Fact]
    public void The_real_GKE_entries_map_field_by_field()
    {
        var entries = Directory.GetFiles(Fixtures.Path("events", "gke"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => CloudEnvelopes.Line(GcloudYaml.ToJson(File.ReadAllText(f))!)).ToList();
        var create = JsonNode.Parse(Single(entries[0]))!;
        Assert.Equal("85371f7c-2383-4041-96e8-dad63d2d1990", (string?)create["auditID"]);
        Assert.Equal("create", (string?)create["verb"]);
        Assert.Equal("ResponseComplete", (string?)create["stage"]);
        Assert.Equal("RequestResponse", (string?)create["level"]);
        Assert.Equal("/api/v1/namespaces/1-2-deployment-update/pods", (string?)create["requestURI"]);
        Assert.Equal("system:serviceaccount:kube-system:replicaset-controller", (string?)create["user"]!["username"]);
        Assert.Equal("""{"resource":"pods","namespace":"1-2-deployment-update","name":"nginx-deployment-surge-8655b4b8c5-xf5f4","apiVersion":"v1"}""", create["objectRef"]!.ToJsonString());
        Assert.Equal("172.16.0.3", (string?)create["sourceIPs"]![0]);
        Assert.StartsWith("kube-controller-manager/v1.28.14", (string?)create["userAgent"]);
        Assert.Equal(201, (int?)create["responseStatus"]!["code"]);
        Assert.Equal("allow", (string?)create["annotations"]!["authorization.k8s.io/decision"]);
        Assert.Equal("privileged:latest", (string?)create["annotations"]!["pod-security.kubernetes.io/enforce-policy"]);
        Assert.Null(create["requestObject"]!["@type"]);
        Assert.Equal("Pod", (string?)create["requestObject"]!["kind"]);
        Assert.Equal("kube-controller-manager", (string?)create["responseObject"]!["metadata"]!["managedFields"]![0]!["manager"]);
        Assert.Equal("2024-01-01T01:00:00Z", (string?)create["stageTimestamp"]);

        var patch = JsonNode.Parse(Single(entries[1]))!;
        Assert.Equal("patch", (string?)patch["verb"]);
        Assert.Equal("Request", (string?)patch["level"]);
        Assert.Equal("""{"resource":"pods","namespace":"1-2-deployment-update","name":"nginx-deployment-surge-8655b4b8c5-xf5f4","apiVersion":"v1","subresource":"status"}""", patch["objectRef"]!.ToJsonString());
        Assert.Equal("/api/v1/namespaces/1-2-deployment-update/pods/nginx-deployment-surge-8655b4b8c5-xf5f4/status", (string?)patch["requestURI"]);
        Assert.Equal(200, (int?)patch["responseStatus"]!["code"]);
        Assert.Equal("c0b4e00d-da76-4255-9a02-670d5b74aa3a", (string?)patch["requestObject"]!["metadata"]!["uid"]);
    }

    [Theory]
    [InlineData("io.k8s.authorization.rbac.v1.clusterrolebindings.create", "rbac.authorization.k8s.io/v1/clusterrolebindings/admin-binding",
        "create|True|rbac.authorization.k8s.io|v1||clusterrolebindings|admin-binding||/apis/rbac.authorization.k8s.io/v1/clusterrolebindings")]
    [InlineData("io.k8s.core.v1.pods.exec.create", "core/v1/namespaces/default/pods/web-0/exec",
        "create|True||v1|default|pods|web-0|exec|/api/v1/namespaces/default/pods/web-0/exec")]
    [InlineData("io.k8s.core.v1.namespaces.get", "core/v1/namespaces/kube-system",
        "get|True||v1|kube-system|namespaces|kube-system||/api/v1/namespaces/kube-system")]
    [InlineData("io.k8s.core.v1.namespaces.create", "core/v1/namespaces/team-a",
        "create|True||v1||namespaces|team-a||/api/v1/namespaces")]
    [InlineData("io.k8s.core.v1.namespaces.finalize.update", "core/v1/namespaces/team-a/finalize",
        "update|True||v1|team-a|namespaces|team-a|finalize|/api/v1/namespaces/team-a/finalize")]
    [InlineData("io.k8s.core.v1.pods.list", "core/v1/pods",
        "list|True||v1||pods|||/api/v1/pods")]
    [InlineData("io.k8s.apps.v1.deployments.watch", "apps/v1/namespaces/web/deployments",
        "watch|True|apps|v1|web|deployments|||/apis/apps/v1/namespaces/web/deployments?watch=true")]
    [InlineData("io.k8s.get", "/readyz", "get|False|||||||/readyz")]
    [InlineData("io.k8s.get", "version", "get|False|||||||/version")]
    public void GKE_methods_name_the_request_as_the_apiserver_splits_its_URL(string method, string resource, string expected)
    {
        var m = GkeMethod.Parse(method, resource, out var problem)!;
        Assert.Null(problem);
        Assert.Equal(expected, string.Join("|", m.Verb, m.IsResource, m.Group, m.Version, m.Namespace, m.Resource, m.Name, m.Subresource, m.Path));
    }

    [Fact]
    public void The_cloud_fixture_files_read_as_the_raw_events_they_wrap()
    {
        string RawOf(params string[] files) => string.Concat(files.SelectMany(RawFixtureEvents.Of).Select(j => j.ReplaceLineEndings(" ") + "\n"));
        List<string> File(string path, InputFormat format = InputFormat.Auto, int workers = 1)
        {
            var read = LogReading.Read([Events.Input.LogInput.File(Fixtures.Path("events", path))], workers: workers, format: format, describe: Full);
            Assert.Empty(read.Problems);
            return read.Events;
        }
        var falco = Directory.GetFiles(Fixtures.Path("events", "falco-traces"), "*.json").Order(StringComparer.Ordinal).ToArray();
        var demo = Fixtures.Path("events", "audit2rbac", "demo-v1.jsonl");
        var falcoRaw = Read(RawOf(falco));
        var demoRaw = Read(RawOf(demo));
        foreach (var workers in new[] { 1, 2 })
        {
            SameLines(falcoRaw, File("eks/falco-traces.records.jsonl", workers: workers));
            SameLines(falcoRaw, File("aks/falco-traces.records.jsonl", InputFormat.Aks, workers));
            SameLines(demoRaw, File("eks/demo-v1.firehose.json.gz", workers: workers));
            SameLines(demoRaw, File("eks/demo-v1.cloudwatch-export.gz", workers: workers));
            SameLines(demoRaw, File("aks/demo-v1.eventhub.json", workers: workers));
            // The table has no column for v1beta1's timestamp, which these old v1 events still carry.
            SameLines(demoRaw.Select(WithoutTimestamp).ToList(), File("aks/demo-v1.aksaudit.json", workers: workers).Select(WithoutTimestamp).ToList());
        }
        Assert.Equal(3, File("gke/container-recorder.jsonl").Count);
        Assert.Equal(File("gke/container-recorder.jsonl"), File("gke/container-recorder.gcloud.json", InputFormat.Gke));
        Assert.Equal(File("gke/falco-traces.jsonl").Take(12).Where(l => true).Count(), File("gke/falco-traces.bigquery.jsonl").Count);
    }

    [Fact]
    public void BigQuery_rows_read_as_their_LogEntry()
    {
        var entries = File.ReadLines(Fixtures.Path("events", "gke", "falco-traces.jsonl")).Take(12).ToList();
        var rows = File.ReadLines(Fixtures.Path("events", "gke", "falco-traces.bigquery.jsonl")).ToList();
        Assert.Equal(Read(string.Join("\n", entries)).Select(WithoutMicroseconds), Read(string.Join("\n", rows)).Select(WithoutMicroseconds));
    }

    private static string WithoutTimestamp(string full) => string.Join("|", full.Split('|').Where((_, i) => i != 15));

    /// <summary>BigQuery prints timestamps with 6 digits; the entries have what the raw event had.</summary>
    private static string WithoutMicroseconds(string full) => System.Text.RegularExpressions.Regex.Replace(full, @"(\d\d:\d\d:\d\d)(\.\d+)?Z", "$1Z");
}
