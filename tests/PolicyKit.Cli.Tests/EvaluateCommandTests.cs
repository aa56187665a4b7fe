using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace PolicyKit.Tests;

public class EvaluateCommandTests
{
    private static readonly string Gke = Fixtures.Policy("gke-gce-default.yaml");

    /// <summary>The raw audit logs (the clouds' envelopes, under gke/ eks/ aks/ mixed/, are CloudFormatCliTests').</summary>
    public static TheoryData<string> EventFiles() => new(
        Directory.GetFiles(Fixtures.Path("events"), "*.json*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Fixtures.Path("events"), p))
            .Where(p => !new[] { "gke", "eks", "aks", "mixed" }.Contains(p.Split(Path.DirectorySeparatorChar)[0]))
            .Order(StringComparer.Ordinal));

    private static int CountEvents(string file)
    {
        // Independent count: every JSON value in the file that is an Event (System.Text.Json, multi-value aware).
        var bytes = File.ReadAllBytes(file);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        var n = 0;
        while (reader.Read())
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String && k.GetString() == "Event")
            {
                n++;
            }
        }
        return n;
    }

    [Theory]
    [MemberData(nameof(EventFiles))]
    public void Every_event_of_every_file_is_decided_in_order(string relative)
    {
        var file = Fixtures.Path("events", relative);
        var r = CliRunner.Run("evaluate", "--policy", Gke, "--events", file);
        var expected = CountEvents(file);
        Assert.Equal(expected, r.OutLines.Length);
        var ids = new List<string?>();
        foreach (var line in r.OutLines)
        {
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            ids.Add(e.GetProperty("auditID").GetString());
            Assert.Contains(e.GetProperty("level").GetString(), new[] { "None", "Metadata", "Request", "RequestResponse" });
            Assert.Equal(JsonValueKind.Array, e.GetProperty("omitStages").ValueKind);
            Assert.True(e.GetProperty("rule").ValueKind is JsonValueKind.Number or JsonValueKind.Null);
        }
        var inputIds = new List<string?>();
        var reader = new Utf8JsonReader(File.ReadAllBytes(file), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("auditID", out var id))
            {
                inputIds.Add(id.GetString());
            }
        }
        Assert.Equal(inputIds, ids);
        var malformed = relative.EndsWith("fal_01_003.json", StringComparison.Ordinal);
        Assert.Equal(malformed ? 1 : 0, r.ExitCode);
        if (malformed)
        {
            Assert.Contains("fal_01_003.json:1: not an audit Event: \"kind\" is a number, not a string; skipped", r.Error);
        }
    }

    [Fact]
    public void Decisions_follow_the_contract()
    {
        var events = """
            {"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"a1","stage":"ResponseComplete","requestURI":"/api/v1/watch/endpoints","verb":"watch","user":{"username":"system:kube-proxy","groups":["system:authenticated"]},"objectRef":{"resource":"endpoints","apiVersion":"v1"}}
            {"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"a2","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/default/secrets/x","verb":"get","user":{"username":"alice","groups":["dev"]},"objectRef":{"resource":"secrets","namespace":"default","name":"x","apiVersion":"v1"}}
            {"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"a3","stage":"ResponseComplete","requestURI":"/healthz?verbose","verb":"get","user":{"username":"alice"}}
            {"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"a4","stage":"ResponseStarted","requestURI":"/version","verb":"post"}
            """;
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(events), "evaluate", "--policy", Gke, "--events", "-");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(new[]
        {
            """{"auditID":"a1","level":"None","omitStages":[],"omitManagedFields":false,"rule":0}""",
            """{"auditID":"a2","level":"Metadata","omitStages":["RequestReceived"],"omitManagedFields":false,"rule":13}""",
            """{"auditID":"a3","level":"None","omitStages":[],"omitManagedFields":false,"rule":8}""",
            """{"auditID":"a4","level":"None","omitStages":[],"omitManagedFields":false,"rule":8}""",
        }, r.OutLines);
    }

    [Fact]
    public void No_matching_rule_prints_null()
    {
        var policy = Path.Combine(Path.GetTempPath(), "pk-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(policy, "apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [Panic, RequestReceived]\nrules:\n  - level: Metadata\n    verbs: [create]\n");
        try
        {
            var e = """{"kind":"Event","auditID":"z","verb":"get","requestURI":"/api","user":{"username":"u"}}""";
            var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(e), "evaluate", "-p", policy, "-e", "-");
            Assert.Equal("""{"auditID":"z","level":"None","omitStages":["RequestReceived","Panic"],"omitManagedFields":false,"rule":null}""", r.OutLines.Single());
        }
        finally
        {
            File.Delete(policy);
        }
    }

    [Fact]
    public void EventList_documents_gzip_and_pretty_printing_are_read()
    {
        var list = """
            {
              "kind": "EventList",
              "apiVersion": "audit.k8s.io/v1",
              "metadata": {},
              "items": [
                {"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"l1","verb":"get","requestURI":"/api/v1/namespaces/default/pods/p","user":{"username":"alice"},"objectRef":{"resource":"pods","namespace":"default","name":"p"}},
                {"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"l2","verb":"list","requestURI":"/api/v1/nodes","user":{"username":"kubelet"},"objectRef":{"resource":"nodes"}}
              ]
            }
            not json at all
            {"kind":"Event","apiVersion":"audit.k8s.io/v1beta1","auditID":"l3","verb":"get","requestURI":"/version","user":{"username":"bob"}}
            """;
        using var gz = new MemoryStream();
        using (var zip = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(Encoding.UTF8.GetBytes(list));
        }
        var r = CliRunner.RunWithStdin(gz.ToArray(), "evaluate", "--policy", Gke, "--events", "-");
        Assert.Equal(new[] { "l1", "l2", "l3" }, r.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("auditID").GetString()));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("<stdin>:10: not JSON", r.Error);
    }

    [Fact]
    public void Several_events_on_one_line_and_a_list_over_lines_are_read()
    {
        var log = """
            {"kind":"Event","auditID":"s1","verb":"get","requestURI":"/api","user":{"username":"u"}} {"kind":"Event","auditID":"s2","verb":"get","requestURI":"/api","user":{"username":"u"}}
            {"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[
              {"kind":"Event","auditID":"s3","verb":"get","requestURI":"/x","user":{"username":"u"}}
            ]}
            {"kind":"Event","auditID":"s4","verb":"get","requestURI":"/api","user":{"username":"u"}}
            """;
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(log), "evaluate", "--policy", Gke, "--events", "-");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(new[] { "s1", "s2", "s3", "s4" }, r.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("auditID").GetString()));
    }

    [Fact]
    public void A_line_shaped_like_one_object_is_one_value_even_when_it_is_cut_short()
    {
        // JSON lines: a line that starts with '{' and ends with '}' is a value of its own (this is what lets
        // every core read one file). A list whose first line looks complete is therefore reported, and the
        // lines after it are read again as they are.
        var log = """
            {"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[{"kind":"Event","auditID":"s3","verb":"get","requestURI":"/x","user":{"username":"u"}}
            ]}
            {"kind":"Event","auditID":"s4","verb":"get","requestURI":"/api","user":{"username":"u"}}
            """;
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(log), "evaluate", "--policy", Gke, "--events", "-");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("<stdin>:1: incomplete JSON (the line ends inside a value; truncated?); skipped", r.Error);
        Assert.Contains("<stdin>:2: not JSON", r.Error);
        Assert.Equal(new[] { "s4" }, r.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("auditID").GetString()));
    }

    [Fact]
    public void A_bad_line_shaped_like_an_object_is_reported_with_its_number()
    {
        var log = "{\"kind\":\"Event\",\"auditID\":\"b1\",\"verb\":\"get\",\"requestURI\":\"/api\"}\n{\"kind\": Event}\n{\"kind\":\"Event\",\"auditID\":\"b3\",\"verb\":\"get\",\"requestURI\":\"/api\"}\n";
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(log), "evaluate", "--policy", Gke, "--events", "-");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("<stdin>:2: not JSON", r.Error);
        Assert.Equal(2, r.OutLines.Length);
    }

    [Fact]
    public void A_truncated_line_is_reported_and_the_next_line_still_read()
    {
        var log = "{\"kind\":\"Event\",\"auditID\":\"t1\",\"verb\":\"get\",\"requestURI\":\"/ap\n{\"kind\":\"Event\",\"auditID\":\"t2\",\"verb\":\"get\",\"requestURI\":\"/api\"}\n";
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(log), "evaluate", "--policy", Gke, "--events", "-");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("<stdin>:1:", r.Error);
        Assert.Single(r.OutLines);
        Assert.Contains("\"t2\"", r.OutLines[0]);
    }

    [Fact]
    public void An_unloadable_policy_is_refused_with_exit_2()
    {
        var r = CliRunner.Run("evaluate", "--policy", Fixtures.Policy("eks-best-practices-guide.yaml"), "--events", Fixtures.Path("events", "audit2rbac", "demo-v1.jsonl"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("kube-apiserver would refuse this policy", r.Error);
        Assert.Empty(r.Out);
    }

    [Fact]
    public void Dropped_fields_warn_but_evaluate_like_the_apiserver()
    {
        var r = CliRunner.Run("evaluate", "--policy", Fixtures.Policy("openshift-writerequestbodies.yaml"), "--events", Fixtures.Path("events", "audit2rbac", "demo-v1.jsonl"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("[PK1050]", r.Error);
        Assert.Equal(37, r.OutLines.Length);
    }

    [Fact]
    public void Version_changes_group_wildcard_decisions()
    {
        var policy = Path.Combine(Path.GetTempPath(), "pk-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(policy, "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: RequestResponse\n    resources:\n      - group: \"*\"\n        resources: [deployments]\n  - level: Metadata\n");
        try
        {
            var e = Encoding.UTF8.GetBytes("""{"kind":"Event","auditID":"d","verb":"get","requestURI":"/apis/apps/v1/deployments","user":{"username":"u"},"objectRef":{"resource":"deployments","apiGroup":"apps"}}""");
            Assert.Contains("\"level\":\"RequestResponse\"", CliRunner.RunWithStdin(e, "evaluate", "-p", policy, "-e", "-", "--kubernetes-version", "1.36").Out);
            // Below 1.36 the apiserver refuses group "*" (not a DNS subdomain).
            Assert.Equal(2, CliRunner.RunWithStdin(e, "evaluate", "-p", policy, "-e", "-", "--kubernetes-version", "1.35").ExitCode);
        }
        finally
        {
            File.Delete(policy);
        }
    }
}
