using System.Text;
using PolicyKit.Events.Formats;
using PolicyKit.Events.Input;

namespace PolicyKit.Tests;

/// <summary>Malformed envelopes, values of another format than their input's and unknown shapes: one located message each, never a crash.</summary>
public class CloudFormatMessageTests
{
    private const string Known = "(known: " + InputFormats.KnownShapes + ")";

    private static LogReading.Outcome ReadFixture(string path, InputFormat format = InputFormat.Auto, int workers = 1)
    {
        var read = LogReading.Read([LogInput.File(Fixtures.Path("events", path))], workers: workers, format: format);
        var prefix = Fixtures.Path("events") + Path.DirectorySeparatorChar;
        return read with { Problems = read.Problems.Select(p => p.Replace(prefix, "", StringComparison.Ordinal)).ToList() };
    }

    [Fact]
    public void Malformed_GKE_entries_are_reported_and_reading_goes_on()
    {
        var read = ReadFixture("gke/malformed.jsonl");
        Assert.Equal(
        [
            "gke/malformed.jsonl:1: a GKE LogEntry: serviceName is \"container.googleapis.com\", not k8s.io (not a Kubernetes audit entry); skipped",
            "gke/malformed.jsonl:2: a GKE LogEntry: methodName \"\" is no Kubernetes method (io.k8s....); skipped",
            "gke/malformed.jsonl:3: a GKE LogEntry: resourceName \"core\" is not group/version/resource...; skipped",
            "gke/malformed.jsonl:4: incomplete JSON (the line ends inside a value; truncated?); skipped",
            "gke/malformed.jsonl:5: a GKE BigQuery row: requestJson is no JSON text: not JSON: 'n' is an invalid start of a property name. Expected a '\"'. (at byte 2 of the value); skipped",
            "gke/malformed.jsonl:6: a value of no known shape in an input of GKE Cloud Logging entries " + Known + "; skipped",
        ], read.Problems);
        Assert.Single(read.Events);
    }

    [Fact]
    public void Malformed_EKS_records_are_reported_and_reading_goes_on()
    {
        var read = ReadFixture("eks/malformed.jsonl");
        Assert.Equal(
        [
            "eks/malformed.jsonl:1: message: not JSON: 'I' is an invalid start of a value. (at byte 1 of the value); skipped",
            "eks/malformed.jsonl:2: logEvents[0]: a number, not a log event; skipped",
            "eks/malformed.jsonl:2: logEvents[1].message: not an audit Event: kind is \"Pod\"; skipped",
            "eks/malformed.jsonl:2: logEvents[2].message: no message string; skipped",
            "eks/malformed.jsonl:5: message: not JSON: Expected end of string, but instead reached end of data. (at byte 81 of the value); skipped",
        ], read.Problems);
        // The control message is no event and no problem; a lone surrogate escape reads as U+FFFD, as in a raw log.
        Assert.Equal(2, read.Events.Count);
        Assert.StartsWith("\uFFFD-lone|get|eve\uFFFD|", read.Events[0]);
    }

    [Fact]
    public void Malformed_AKS_records_are_reported_and_other_categories_passed_over()
    {
        var read = ReadFixture("aks/malformed.jsonl");
        Assert.Equal(
        [
            "aks/malformed.jsonl:2: record: no properties.log string; skipped",
            "aks/malformed.jsonl:3: records[0]: a number, not a diagnostic record; skipped",
            "aks/malformed.jsonl:3: records[1].properties.log: not JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed. (at byte 61 of the value); skipped",
        ], read.Problems);
        Assert.Single(read.Events);
    }

    [Fact]
    public void An_input_holds_one_format_and_unknown_shapes_name_the_known_ones()
    {
        foreach (var workers in new[] { 1, 2 })
        {
            var read = ReadFixture("mixed/formats.jsonl", workers: workers);
            Assert.Equal(
            [
                "mixed/formats.jsonl:2: an EKS CloudWatch record in an input of GKE Cloud Logging entries: one input holds one format (--input-format forces one); skipped",
                "mixed/formats.jsonl:3: an audit.k8s.io event in an input of GKE Cloud Logging entries: one input holds one format (--input-format forces one); skipped",
                "mixed/formats.jsonl:4: a value of no known shape in an input of GKE Cloud Logging entries " + Known + "; skipped",
                "mixed/formats.jsonl:5: a value with the fields of several formats in an input of GKE Cloud Logging entries " + Known + "; skipped",
            ], read.Problems);
            Assert.Equal(2, read.Events.Count);
        }
    }

    [Fact]
    public void A_forced_format_reads_nothing_else()
    {
        var read = ReadFixture("audit2rbac/demo-v1.jsonl", InputFormat.Eks);
        Assert.Empty(read.Events);
        Assert.Equal(37, read.Problems.Count);
        Assert.Equal("audit2rbac/demo-v1.jsonl:1: an audit.k8s.io event in an input of EKS CloudWatch records: one input holds one format (--input-format forces one); skipped", read.Problems[0]);
        var gke = ReadFixture("gke/falco-traces.jsonl", InputFormat.Audit);
        Assert.Empty(gke.Events);
        Assert.Equal("gke/falco-traces.jsonl:1: a GKE LogEntry in an input of audit.k8s.io events: one input holds one format (--input-format forces one); skipped", gke.Problems[0]);
    }

    [Fact]
    public void An_object_of_no_known_shape_names_the_known_ones()
    {
        var read = LogReading.Read("{\"verb\":\"get\"}\n");
        Assert.Equal(["log:1: not an audit Event: no kind and no auditID (nor a cloud log entry PolicyKit knows: " + InputFormats.KnownShapes + "); skipped"], read.Problems);
    }

    [Fact]
    public void Firehose_records_on_one_line_are_read_one_by_one()
    {
        var lines = File.ReadLines(Fixtures.Path("events", "eks", "falco-traces.records.jsonl")).Take(5).ToList();
        var read = LogReading.Read(string.Concat(lines) + "\n" + string.Concat(lines.Take(2)) + "{\"message\":\"x\"}{\"message\"}");
        Assert.Equal(7, read.Events.Count);
        Assert.Equal(
        [
            "log:2: message: not JSON: 'x' is an invalid start of a value. (at byte 1 of the value); skipped",
            "log:2: after the values before it: incomplete JSON (the line ends inside a value; truncated?); skipped",
        ], read.Problems);
    }

    /// <summary>Mutations of the cloud fixtures, read with each format forced and detected: located problems, never an exception.</summary>
    [Fact]
    public void Mutated_cloud_logs_never_escape_the_reader()
    {
        var seeds = MutatedLogs.Seeds("*.json*", new[] { "gke", "eks", "aks", "mixed" }.Select(d => Fixtures.Path("events", d)).ToArray());
        MutatedLogs.Each(seeds, 300, bytes =>
        {
            try
            {
                foreach (var format in Enum.GetValues<InputFormat>())
                {
                    LogReading.Read(bytes, workers: 1, format: format);
                }
                LogReading.Read(bytes, workers: 2, batchBytes: 512);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"the reader threw {ex.GetType().Name}: {ex.Message}\ninput (base64): {Convert.ToBase64String(bytes)}");
            }
        });
    }
}
