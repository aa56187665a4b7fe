using System.Text;
using PolicyKit.Events.Input;

namespace PolicyKit.Tests;

/// <summary>However many workers and however the input is cut into batches, the output is the serial output.</summary>
public class ParallelReadTests
{
    private static readonly string[] Logs =
    [
        Fixtures.Path("events", "immudb", "k8s-metadata.jsonl"),
        Fixtures.Path("events", "audit2rbac", "demo-v1beta1.jsonl"),
        Fixtures.Path("events", "falco-traces", "create_nginx_pod_privileged.json"),
        Fixtures.Path("events", "falco-traces", "fal_01_003.json"),
    ];

    [Fact]
    public void Real_logs_read_the_same_on_any_number_of_workers()
    {
        var inputs = Logs.Select(LogInput.File).ToList();
        var serial = LogReading.Read(inputs, workers: 1);
        Assert.True(serial.Events.Count > 3000);
        foreach (var (workers, batch) in new[] { (2, 1 << 20), (2, 4096), (3, 1), (8, 50_000) })
        {
            var parallel = LogReading.Read(inputs, workers, batch);
            Assert.Equal(serial.Events, parallel.Events);
            Assert.Equal(serial.Problems, parallel.Problems);
            Assert.Equal(serial.Summary.Events, parallel.Summary.Events);
            Assert.Equal(serial.Summary.Bytes, parallel.Summary.Bytes);
        }
    }

    [Fact]
    public void Mixed_and_broken_input_reads_the_same_on_any_number_of_workers()
    {
        // Lines of every shape the framer knows, in random order: events, several on a line, pretty-printed
        // lists, bad lines, truncated values, blank lines.
        string[] shapes =
        [
            """{"kind":"Event","auditID":"a","verb":"get","requestURI":"/api","user":{"username":"u"}}""",
            """{"kind":"Event","auditID":"b","verb":"list","requestURI":"/api/v1/pods","objectRef":{"resource":"pods"}} {"kind":"Event","auditID":"c"}""",
            "{\n  \"kind\": \"EventList\",\n  \"items\": [\n    {\"kind\":\"Event\",\"auditID\":\"d\"},\n    5\n  ]\n}",
            "not json",
            """{"kind":"Event","auditID":"e",""",
            "",
            """{"kind":"Pod"}""",
            "[1, 2]",
            """{"kind":"Event","auditID":"f","user":{"username":"\ud800"}}""",
            // Envelopes: the input's format is told by the first value of a known shape, and values before it
            // must read the same whichever batch they fall in.
            CloudEnvelopes.Line(CloudEnvelopes.EksRecord("""{"kind":"Event","auditID":"g","verb":"get","requestURI":"/api"}""", 0)),
            CloudEnvelopes.Line(CloudEnvelopes.AksRecord("""{"kind":"Event","auditID":"h","verb":"get","requestURI":"/api"}""")),
        ];
        Gen.Int[0, shapes.Length - 1].Array[1, 60].Sample(picks =>
        {
            var text = Encoding.UTF8.GetBytes(string.Join("\n", picks.Select(p => shapes[p])) + "\n");
            var serial = LogReading.Read(text);
            var parallel = LogReading.Read(text, workers: 2, batchBytes: 64);
            Assert.Equal(serial.Events, parallel.Events);
            Assert.Equal(serial.Problems, parallel.Problems);
        }, iter: 300);
    }
}
