using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PolicyKit.Tests;

/// <summary>
/// The cloud fixtures under tests/fixtures/events/{gke,eks,aks} that are made from other fixtures (see
/// tests/fixtures/SOURCES.md): this test says how, and holds the committed files equal to what it makes.
/// PK_WRITE_CLOUD_FIXTURES=1 dotnet test --filter CloudFixtureFiles writes them again.
/// </summary>
public class CloudFixtureFiles
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<(string Path, byte[] Content)> Made()
    {
        var realGke = Directory.GetFiles(Fixtures.Path("events", "gke"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => GcloudYaml.ToJson(File.ReadAllText(f))!).ToList();
        yield return ("gke/container-recorder.jsonl", Lines(realGke));
        yield return ("gke/container-recorder.gcloud.json", Encoding.UTF8.GetBytes(new JsonArray(realGke.Select(e => e.DeepClone()).ToArray()).ToJsonString(Pretty) + "\n"));

        var falco = RawFixtureEvents.Falco();
        yield return ("gke/falco-traces.jsonl", Lines(falco.Select(e => (JsonNode?)CloudEnvelopes.GkeEntry(RawFixtureEvents.Parse(e))).Where(e => e is not null)!));
        yield return ("gke/falco-traces.bigquery.jsonl", Lines(falco.Take(12).Select(e => CloudEnvelopes.GkeEntry(RawFixtureEvents.Parse(e))).Where(e => e is not null).Select(e => (JsonNode)BigQueryRow(e!))));
        yield return ("eks/falco-traces.records.jsonl", Lines(falco.Select((e, i) => (JsonNode)CloudEnvelopes.EksRecord(e, i))));

        var demo = RawFixtureEvents.Of(Fixtures.Path("events", "audit2rbac", "demo-v1.jsonl"));
        // Firehose writes the subscription data it receives one after the other, without newlines, gzip'd.
        var firehose = string.Concat(demo.Chunk(10).Select(c => CloudEnvelopes.EksSubscription(c).ToJsonString()));
        yield return ("eks/demo-v1.firehose.json.gz", Gzip(firehose));
        // An export task's object: <prefix>/<task>/<log stream>/000000.gz, one "time message" line per record.
        yield return ("eks/demo-v1.cloudwatch-export.gz", Gzip(string.Concat(demo.Select((e, i) => CloudEnvelopes.CloudWatchExportLine(e.ReplaceLineEndings(" "), i) + "\n"))));
        yield return ("aks/falco-traces.records.jsonl", Lines(falco.Select(e => (JsonNode)CloudEnvelopes.AksRecord(e))));
        yield return ("aks/demo-v1.eventhub.json", Encoding.UTF8.GetBytes(CloudEnvelopes.AksRecords(demo).ToJsonString(Pretty) + "\n"));
        yield return ("aks/demo-v1.aksaudit.json", Encoding.UTF8.GetBytes(new JsonArray(demo.Select(e => (JsonNode)CloudEnvelopes.AksAuditRow(RawFixtureEvents.Parse(e))).ToArray()).ToJsonString(Pretty) + "\n"));
    }

    [Fact]
    public void Committed_cloud_fixtures_are_what_their_recipe_makes()
    {
        var write = Environment.GetEnvironmentVariable("PK_WRITE_CLOUD_FIXTURES") == "1";
        foreach (var (path, content) in Made())
        {
            var file = Fixtures.Path("events", path);
            if (write)
            {
                File.WriteAllBytes(file, content);
            }
            Assert.True(File.Exists(file), $"{file} is missing: PK_WRITE_CLOUD_FIXTURES=1 dotnet test --filter CloudFixtureFiles");
            if (path.EndsWith(".gz", StringComparison.Ordinal))
            {
                Assert.Equal(Gunzip(content), Gunzip(File.ReadAllBytes(file)));
            }
            else
            {
                Assert.Equal(Encoding.UTF8.GetString(content), File.ReadAllText(file));
            }
        }
    }

    /// <summary>
    /// A Cloud Logging BigQuery sink's row of the entry: protoPayload as protopayload_auditlog, the bodies as JSON text
    /// (requestJson, responseJson), @type dropped, label names with '.' and '/' as '_', timestamps as BigQuery prints them.
    /// </summary>
    public static JsonObject BigQueryRow(JsonObject entry)
    {
        var row = (JsonObject)entry.DeepClone();
        var payload = (JsonObject)row["protoPayload"]!;
        row.Remove("protoPayload");
        payload.Remove("@type");
        foreach (var (from, to) in new[] { ("request", "requestJson"), ("response", "responseJson") })
        {
            if (payload[from] is JsonObject body)
            {
                payload.Remove(from);
                body.Remove("@type");
                payload[to] = body.ToJsonString();
            }
        }
        row["protopayload_auditlog"] = payload;
        if (row["labels"] is JsonObject labels)
        {
            row["labels"] = new JsonObject(labels.Select(p => KeyValuePair.Create(Regex.Replace(p.Key, "[^A-Za-z0-9_]", "_"), p.Value?.DeepClone())));
        }
        foreach (var field in new[] { "timestamp", "receiveTimestamp" })
        {
            if (DateTime.TryParse((string?)row[field], null, System.Globalization.DateTimeStyles.AdjustToUniversal, out var t))
            {
                row[field] = t.ToString("yyyy-MM-dd HH:mm:ss.ffffff 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return row;
    }

    private static byte[] Lines(IEnumerable<JsonNode?> values) => Encoding.UTF8.GetBytes(string.Concat(values.Select(v => CloudEnvelopes.Line(v!) + "\n")));

    private static byte[] Gzip(string text)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }
        return output.ToArray();
    }

    private static string Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
