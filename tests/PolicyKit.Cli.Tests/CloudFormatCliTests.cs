using System.Text;
using System.Text.Json.Nodes;
using PolicyKit.Events.Formats;

namespace PolicyKit.Tests;

/// <summary>
/// evaluate, detect and filter on the clouds' formats: the same decisions, alerts and filtered events from a raw
/// event and from its GKE, EKS and AKS envelope, for every detection fixture (GKE: from the event reduced to what
/// GKE records, docs/gke.md), and --input-format.
/// </summary>
public class CloudFormatCliTests
{
    private static readonly string Policy = Fixtures.Policy("gke-gce-default.yaml");

    private static string Temp(string name, string text)
    {
        var path = Path.Combine(Path.GetTempPath(), "pk-cloud-" + Guid.NewGuid().ToString("N") + "-" + name);
        File.WriteAllText(path, text);
        return path;
    }

    private static IEnumerable<string> DetectionFixtures() => Directory.GetFiles(Fixtures.Path("events", "detections"), "*.jsonl").Order(StringComparer.Ordinal);

    /// <summary>Runs the command on each form of the log and holds stdout and the exit code equal to the raw log's.</summary>
    private static void Same(string name, string raw, IEnumerable<(string Form, string Text)> forms, params string[] command)
    {
        var rawPath = Temp("raw.jsonl", raw);
        var expected = CliRunner.Run([.. command, rawPath]);
        foreach (var (form, text) in forms)
        {
            var path = Temp(form, text);
            var actual = CliRunner.Run([.. command, path]);
            Assert.True(expected.Out == actual.Out, $"{name} as {form}, {string.Join(" ", command)}:\nraw:\n{expected.Out}\n{form}:\n{actual.Out}\n{actual.Error}");
            Assert.Equal(expected.ExitCode, actual.ExitCode);
            File.Delete(path);
        }
        File.Delete(rawPath);
    }

    [Fact]
    public void Every_detection_fixture_alerts_and_decides_the_same_in_the_EKS_and_AKS_envelopes()
    {
        foreach (var file in DetectionFixtures())
        {
            var events = RawFixtureEvents.Of(file);
            var raw = string.Concat(events.Select(e => e + "\n"));
            var forms = new (string, string)[]
            {
                ("eks-records.jsonl", string.Concat(events.Select((e, i) => CloudEnvelopes.Line(CloudEnvelopes.EksRecord(e, i)) + "\n"))),
                ("eks-subscription.json", string.Concat(events.Chunk(3).Select(c => CloudEnvelopes.Line(CloudEnvelopes.EksSubscription(c))))),
                ("aks-records.json", CloudEnvelopes.AksRecords(events).ToJsonString(new() { WriteIndented = true })),
                ("aksaudit.json", new JsonArray(events.Select(e => (JsonNode)CloudEnvelopes.AksAuditRow(RawFixtureEvents.Parse(e))).ToArray()).ToJsonString()),
            };
            Same(Path.GetFileName(file), raw, forms, "detect");
            Same(Path.GetFileName(file), raw, forms.Take(3), "evaluate", "--policy", Policy, "--events");
            Same(Path.GetFileName(file), raw, forms.Take(3), "filter", "--policy", Policy);
        }
    }

    [Fact]
    public void Every_detection_fixture_alerts_and_decides_the_same_from_GKE_entries_as_from_what_GKE_records()
    {
        foreach (var file in DetectionFixtures())
        {
            var projected = new StringBuilder();
            var entries = new StringBuilder();
            foreach (var e in RawFixtureEvents.Of(file).Select(RawFixtureEvents.Parse))
            {
                if (CloudEnvelopes.GkeEntry(e) is not { } entry)
                {
                    continue;
                }
                var line = CloudEnvelopes.Line(entry);
                string? mapped = null;
                PolicyKit.Events.Reading.EventText.ForEach(Encoding.UTF8.GetBytes(line), m => mapped = Encoding.UTF8.GetString(m.Json.Span));
                projected.Append(CloudEnvelopes.Line(CloudEnvelopes.GkeProjection(e, (string)JsonNode.Parse(mapped!)!["requestURI"]!)) + "\n");
                entries.Append(line + "\n");
            }
            var forms = new[] { ("gke.jsonl", entries.ToString()) };
            Same(Path.GetFileName(file), projected.ToString(), forms, "detect");
            Same(Path.GetFileName(file), projected.ToString(), forms, "evaluate", "--policy", Policy, "--events");
        }
    }

    [Fact]
    public void Filter_is_a_pipeline_stage_from_stdin_to_stdout_with_counts_on_stderr()
    {
        // 300 events of a real cluster, as Azure Monitor writes them to a storage account: one record per line.
        var events = RawFixtureEvents.Of(Fixtures.Path("events", "immudb", "k8s-metadata.jsonl")).Take(300).ToList();
        var log = Encoding.UTF8.GetBytes(string.Concat(events.Select(e => CloudEnvelopes.Line(CloudEnvelopes.AksRecord(e)) + "\n")));
        var r = CliRunner.RunWithStdin(log, "filter", "--policy", Policy);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("filter: 300 event(s) read, 131 written, 38 dropped (level None), 131 dropped (omitted stage); 90 recorded below the policy's level, written at their own level (the log lacks their bodies)", r.Error.Trim());
        // What is written is what evaluate decides: an event of each kept decision, at its level, none of an omitted stage.
        var decisions = CliRunner.RunWithStdin(log, "evaluate", "--policy", Policy, "--events", "-").OutLines.Select(l => JsonNode.Parse(l)!).ToList();
        var kept = events.Select(RawFixtureEvents.Parse).Zip(decisions)
            .Where(p => (string?)p.Second["level"] != "None" && !p.Second["omitStages"]!.AsArray().Any(s => (string?)s == (string?)p.First["stage"]))
            .Select(p => (string?)p.First["auditID"] + "/" + (string?)p.First["stage"]).ToList();
        Assert.Equal(kept, r.OutLines.Select(l => JsonNode.Parse(l)!).Select(e => (string?)e["auditID"] + "/" + (string?)e["stage"]));
    }

    [Theory]
    [InlineData("eks/falco-traces.records.jsonl")]
    [InlineData("aks/falco-traces.records.jsonl")]
    public void Filter_can_keep_each_event_in_the_record_it_came_in(string fixture)
    {
        var log = Fixtures.Path("events", fixture);
        var audit = CliRunner.Run("filter", "--policy", Fixtures.Policy("kubermatic-minimal.yaml"), log);
        var same = CliRunner.Run("filter", "--policy", Fixtures.Policy("kubermatic-minimal.yaml"), "--output-format", "same", log);
        Assert.Equal(0, same.ExitCode);
        Assert.Equal(audit.Error, same.Error);
        Assert.Equal(audit.OutLines.Length, same.OutLines.Length);
        Assert.True(same.OutLines.Length < File.ReadAllLines(log).Length, "the policy drops some events");
        var inputs = File.ReadAllLines(log).Select(l => JsonNode.Parse(l)!).ToList();
        foreach (var (record, filtered) in same.OutLines.Select(l => JsonNode.Parse(l)!).Zip(audit.OutLines))
        {
            Assert.Equal(filtered, Carried(record));
            // Everything else of the record is as it came.
            Assert.Contains(inputs, i => JsonNode.DeepEquals(Without(i), Without(record)) && (string?)JsonNode.Parse(Carried(i))!["auditID"] == (string?)JsonNode.Parse(filtered)!["auditID"]);
        }

        static string Carried(JsonNode record) => (string)(record["message"] ?? record["properties"]!["log"])!;

        static JsonNode Without(JsonNode record)
        {
            var copy = record.DeepClone();
            if (copy["message"] is not null)
            {
                copy.AsObject().Remove("message");
            }
            else
            {
                copy["properties"]!.AsObject().Remove("log");
            }
            return copy;
        }
    }

    /// <summary>
    /// Every shape written back as it came holds exactly what the audit form holds: reading the same-shape output
    /// again through a policy that keeps everything gives, line for line, what filter writes as audit events.
    /// </summary>
    [Theory]
    [InlineData("gke/container-recorder.jsonl")]
    [InlineData("gke/container-recorder.gcloud.json")]
    [InlineData("gke/falco-traces.jsonl")]
    [InlineData("gke/falco-traces.bigquery.jsonl")]
    [InlineData("eks/falco-traces.records.jsonl")]
    [InlineData("eks/demo-v1.firehose.json.gz")]
    [InlineData("eks/demo-v1.cloudwatch-export.gz")]
    [InlineData("aks/falco-traces.records.jsonl")]
    [InlineData("aks/demo-v1.eventhub.json")]
    [InlineData("aks/demo-v1.aksaudit.json")]
    [InlineData("mixed/formats.jsonl")]
    [InlineData("requestresponse/falco-traces.jsonl")]
    public void Filter_writes_every_shape_back_holding_what_the_audit_form_holds(string fixture)
    {
        var log = Fixtures.Path("events", fixture);
        foreach (var policy in new[] { Fixtures.Policy("kubermatic-minimal.yaml"), Policy, Fixtures.Policy("openshift-writerequestbodies.yaml") })
        {
            var audit = CliRunner.Run("filter", "--policy", policy, log);
            var same = CliRunner.Run("filter", "--policy", policy, "--output-format", "same", log);
            Assert.Equal(audit.ExitCode, same.ExitCode);
            Assert.Equal(audit.Error, same.Error);
            // Written back in the shapes it came in.
            var shapes = Shapes(log);
            Assert.All(same.OutLines, l => Assert.Contains(FormatDetector.Detect(System.Text.Encoding.UTF8.GetBytes(l)), shapes));
            var keepAll = Path.Combine(Path.GetTempPath(), "policykit-keep-all.yaml");
            File.WriteAllText(keepAll, "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: RequestResponse\n");
            var again = CliRunner.RunWithStdin(System.Text.Encoding.UTF8.GetBytes(same.Out), "filter", "--policy", keepAll, "-");
            Assert.Equal(audit.OutLines.Select(Normalized), again.OutLines.Select(Normalized));
        }

        static HashSet<EnvelopeShape> Shapes(string path)
        {
            using var stream = PolicyKit.Events.Input.CompressedInput.Decompress(File.OpenRead(path), path);
            var framer = new PolicyKit.Events.Framing.JsonValueFramer(stream);
            var shapes = new HashSet<EnvelopeShape>();
            while (framer.TryRead(out var value))
            {
                shapes.Add(FormatDetector.Detect(value.Json.Span));
            }
            return shapes;
        }

        // A GKE entry records no level: the bodies it has say it, so a Request-level GET (no body) reads back as Metadata.
        string Normalized(string line)
        {
            var e = JsonNode.Parse(line)!.AsObject();
            if (fixture.StartsWith("gke/", StringComparison.Ordinal))
            {
                e.Remove("level");
            }
            return e.ToJsonString();
        }
    }

    [Fact]
    public void A_forced_input_format_refuses_other_shapes()
    {
        var r = CliRunner.Run("detect", "--input-format", "gke", Fixtures.Path("events", "eks", "falco-traces.records.jsonl"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("falco-traces.records.jsonl:1: an EKS CloudWatch record in an input of GKE Cloud Logging entries: one input holds one format (--input-format forces one); skipped", r.Error);
        var bad = CliRunner.Run("detect", "--input-format", "cloudtrail", Fixtures.Path("events", "eks", "falco-traces.records.jsonl"));
        Assert.Equal(2, bad.ExitCode);
    }

    [Fact]
    public void The_gcloud_list_and_its_JSON_lines_evaluate_alike()
    {
        var list = CliRunner.Run("evaluate", "--policy", Policy, "--events", Fixtures.Path("events", "gke", "container-recorder.gcloud.json"));
        var lines = CliRunner.Run("evaluate", "--policy", Policy, "--events", Fixtures.Path("events", "gke", "container-recorder.jsonl"));
        Assert.Equal(0, list.ExitCode);
        Assert.Equal(3, list.OutLines.Length);
        Assert.Equal(lines.Out, list.Out);
    }
}
