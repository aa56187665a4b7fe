using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyKit.Events.Formats;

namespace PolicyKit.Tests;

/// <summary>
/// The fast way through GKE LogEntries (GkeEntryScan) against the general one (a JsonDocument through GkeLogEntry):
/// the same events, byte for byte, and the same problems, on every raw fixture event as GKE writes it, the real and
/// documented GKE fixtures, hostile entries (escapes, surrogates, invalid UTF-8, repeated and mistyped fields,
/// truncations, nested envelopes) and mutated logs.
/// </summary>
public class GkeEntryScanTests
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly string Entry = CloudEnvelopes.Line(CloudEnvelopes.GkeEntry(RawFixtureEvents.Parse(
        RawFixtureEvents.Of(Fixtures.Path("events", "immudb", "k8s-metadata.jsonl")).First(e => e.Contains("\"annotations\"", StringComparison.Ordinal))))!);

    /// <summary>Whether the fast way maps the entry itself (and what it writes), or leaves it to the general path.</summary>
    private static string? MapFast(string entry)
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        using var w = new Utf8JsonWriter(output, Writer);
        if (!new GkeEntryScan().TryMap(Encoding.UTF8.GetBytes(entry), w))
        {
            return null;
        }
        w.Flush();
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    [Fact]
    public void Every_raw_fixture_event_as_a_GKE_entry_reads_as_the_general_path_reads_it_and_bodiless_ones_take_the_fast_path()
    {
        var entries = new List<string>();
        foreach (var (_, json) in RawFixtureEvents.All())
        {
            foreach (var started in new[] { false, true })
            {
                if (CloudEnvelopes.GkeEntry(RawFixtureEvents.Parse(json), started) is not { } entry)
                {
                    continue;
                }
                var line = CloudEnvelopes.Line(entry);
                entries.Add(line);
                var hasBody = entry["protoPayload"]!["request"] is not null || entry["protoPayload"]!["response"] is not null;
                Assert.True(hasBody == (MapFast(line) is null), line);
            }
        }
        Assert.True(entries.Count > 400);
        FastEnvelopePaths.AssertSame(string.Join("\n", entries));
    }

    [Fact]
    public void The_GKE_fixtures_read_the_same_both_ways()
    {
        foreach (var file in Directory.GetFiles(Fixtures.Path("events", "gke")).Where(f => !f.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            FastEnvelopePaths.AssertSame(File.ReadAllBytes(file));
        }
        // A real-shaped entry without bodies takes the fast path (those with bodies are the general path's).
        Assert.NotNull(MapFast(File.ReadLines(Fixtures.Path("events", "gke", "falco-traces.jsonl"))
            .First(l => !l.Contains("\"request\":", StringComparison.Ordinal) && !l.Contains("\"response\":", StringComparison.Ordinal))));
    }

    /// <summary>One edit of the entry's text: from, to.</summary>
    public static TheoryData<string, string> Edits() => new()
    {
        // Escapes of every kind in a mapped field, in a label's name and value, and elsewhere.
        { "\"principalEmail\":\"", "\"principalEmail\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t" }, { "\"principalEmail\":\"", "\"principalEmail\":\"\\u00e9" },
        { "\"principalEmail\":\"", "\"principalEmail\":\"\\ud800" }, { "\"principalEmail\":\"", "\"principalEmail\":\"\\ud83d\\ude00" },
        { "\"labels\":{", "\"labels\":{\"a\\\"b\":\"c\\\"d\\n\"," }, { "\"labels\":{", "\"labels\":{\"a\":\"\\udc00\"," },
        { "\"labels\":{", "\"labels\":{\"a\":1,\"b\":null,\"c\":{\"d\":\"e\"},\"f\":[]," }, { "\"labels\":{", "\"labels\":{\"a\":\"x\",\"a\":\"y\"," },
        { "\"logName\":\"", "\"logName\":\"\\\"\\u0041" }, { "\"methodName\":\"io.k8s", "\"methodName\":\"io\\u002ek8s" },
        { "\"methodName\":\"io.k8s", "\"methodName\":\"io\\/k8s" }, { "\"resourceName\":\"", "\"resourceName\":\"\\/" },
        { "\"insertId\":\"", "\"insertId\":\"\\t" }, { "\"timestamp\":\"", "\"timestamp\":\"\\\"" }, { "\"callerIp\":\"", "\"callerIp\":\"\\n" },
        // Repeated, missing and mistyped fields.
        { "\"insertId\":", "\"insertId\":\"x\",\"insertId\":" }, { "\"operation\":{", "\"operation\":{\"id\":\"other\"," },
        { "\"operation\":{", "\"operation\":1,\"x\":{" }, { "\"operation\":{", "\"operation\":{\"first\":\"true\",\"last\":false,\"x\":{" },
        { "\"first\":true", "\"first\":1" }, { "\"last\":true", "\"last\":false" }, { "\"id\":\"", "\"id\":1,\"i\":\"" }, { "\"id\":\"", "\"id\":\"\",\"i\":\"" },
        { "\"protoPayload\":{", "\"protoPayload\":{\"status\":{\"code\":7,\"message\":\"denied \\\"x\\\"\"}," },
        { "\"protoPayload\":{", "\"protoPayload\":{\"status\":{\"code\":5.0}," }, { "\"protoPayload\":{", "\"protoPayload\":{\"status\":{\"code\":1e2}," },
        { "\"protoPayload\":{", "\"protoPayload\":{\"status\":{\"code\":\"5\"}," }, { "\"protoPayload\":{", "\"protoPayload\":{\"status\":{\"code\":99999999999}," },
        { "\"protoPayload\":{", "\"protoPayload\":{\"status\":{\"code\":-1,\"code\":3}," }, { "\"protoPayload\":{", "\"protoPayload\":{\"status\":\"x\"," },
        { "\"serviceName\":\"k8s.io\"", "\"serviceName\":\"compute.googleapis.com\"" }, { "\"serviceName\":\"k8s.io\"", "\"serviceName\":1" },
        { "\"serviceName\":\"k8s.io\"", "\"serviceName\":\"\"" }, { "\"methodName\":\"", "\"methodName\":\"x" }, { "\"methodName\":\"", "\"methodName\":1,\"m\":\"" },
        { "\"resourceName\":\"", "\"resourceName\":\"x/" }, { "\"authenticationInfo\":{", "\"authenticationInfo\":[{" },
        { "\"authenticationInfo\":{", "\"authenticationInfo\":{\"principalEmail\":\"\"," }, { "\"requestMetadata\":{", "\"requestMetadata\":{\"callerIp\":\"\"," },
        { "\"requestMetadata\":{", "\"requestMetadata\":null,\"x\":{" }, { "\"timestamp\":\"", "\"timestamp\":\"2024-01-01 01:00:00.123456 UTC\",\"t\":\"" },
        { "\"timestamp\":\"", "\"timestamp\":\"2024-13-01 01:00:00 UTC\",\"t\":\"" }, { "\"timestamp\":\"", "\"timestamp\":5,\"t\":\"" },
        { "\"labels\":{", "\"labels\":[],\"l\":{" }, { "\"labels\":{", "\"labels\":{}, \"l\":{" },
        // Bodies, null or not; another shape's field; nested envelopes.
        { "\"protoPayload\":{", "\"protoPayload\":{\"request\":null,\"response\":null," }, { "\"protoPayload\":{", "\"protoPayload\":{\"request\":{\"@type\":\"x\",\"a\":1}," },
        { "\"protoPayload\":{", "\"protoPayload\":{\"response\":{\"kind\":\"Status\",\"code\":404}," }, { "\"protoPayload\":{", "\"protoPayload\":{\"request\":\"{}\"," },
        { "\"insertId\":", "\"kind\":\"Event\",\"insertId\":" }, { "\"insertId\":", "\"message\":\"m\",\"insertId\":" },
        { "\"insertId\":", "\"records\":[],\"insertId\":" }, { "\"insertId\":", "\"protopayload_auditlog\":{},\"insertId\":" },
        { "\"insertId\":", "\"category\":\"kube-audit\",\"properties\":{\"log\":\"{}\"},\"insertId\":" },
        { "\"insertId\":", "\"nested\":{\"protoPayload\":{\"methodName\":\"io.k8s.get\"},\"message\":\"{}\"},\"insertId\":" },
        { "\"protoPayload\":{", "\"protoPayload\":{\"protoPayload\":{}," }, { "\"protoPayload\":{", "\"protoPayload\":1,\"p\":{" },
        { "\"protoPayload\":{", "\"protoPayload\":{},\"protoPayload\":{" }, { "\"insertId\":", "\"insert\\u0049d\":\"x\",\"insertId\":" },
        { "\"insertId\":", "\"ins\\\"ertId\":\"x\",\"insertId\":" },
        // Not one valid JSON value.
        { "\"insertId\":", "\"insertId\":01,\"i\":" }, { "\"insertId\":", "\"insertId\":tru,\"i\":" }, { "\"insertId\":", "\"insertId\":[1,],\"i\":" },
        { "\"insertId\":\"", "\"insertId\":\"\t" }, { "\"insertId\":\"", "\"insertId\":\"\\x" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Hostile_entries_read_the_same_both_ways(string from, string to)
    {
        Assert.Contains(from, Entry, StringComparison.Ordinal);
        var at = Entry.IndexOf(from, StringComparison.Ordinal);
        var edited = Entry[..at] + to + Entry[(at + from.Length)..];
        FastEnvelopePaths.AssertSame(edited);
        FastEnvelopePaths.AssertSame(edited + "\n" + Entry + " " + Entry);
    }

    [Fact]
    public void Simple_escapes_in_mapped_fields_and_labels_take_the_fast_path()
    {
        var escaped = Entry.Replace("\"principalEmail\":\"", "\"principalEmail\":\"a\\\"b", StringComparison.Ordinal)
            .Replace("\"labels\":{", "\"labels\":{\"a\\\"b\":\"c\\\\d\\n\",", StringComparison.Ordinal);
        Assert.Contains("\"username\":\"a\\\"b", MapFast(escaped));
        Assert.Contains("\"a\\\"b\":\"c\\\\d\\n\"", MapFast(escaped));
        FastEnvelopePaths.AssertSame(escaped);
    }

    [Fact]
    public void Escaped_strings_longer_than_the_unescaping_buffer_read_the_same_both_ways()
    {
        // The buffer starts at 256 bytes: each of these grows it, the label's name and value in turn.
        var longText = string.Concat(Enumerable.Repeat("ab\\\"c", 200));
        var escaped = Entry.Replace("\"principalEmail\":\"", "\"principalEmail\":\"" + longText, StringComparison.Ordinal)
            .Replace("\"labels\":{", "\"labels\":{\"" + longText + longText + "\":\"" + longText + longText + longText + "\",", StringComparison.Ordinal);
        Assert.Contains("\"username\":\"" + longText, MapFast(escaped));
        FastEnvelopePaths.AssertSame(escaped);
    }

    [Fact]
    public void Invalid_utf8_anywhere_reads_the_same_both_ways()
    {
        var bytes = Encoding.UTF8.GetBytes(Entry);
        foreach (var field in new[] { "principalEmail", "callerIp", "insertId", "logName", "authorization.k8s.io/decision", "methodName" })
        {
            var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes($"\"{field}\":\"")) + field.Length + 4;
            foreach (var bad in new byte[][] { [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98] })
            {
                FastEnvelopePaths.AssertSame([.. bytes[..at], .. bad, .. bytes[at..]]);
            }
        }
    }

    [Fact]
    public void An_entry_cut_at_any_byte_reads_the_same_both_ways()
    {
        var bytes = Encoding.UTF8.GetBytes(Entry);
        for (var cut = 0; cut <= bytes.Length; cut += 3)
        {
            FastEnvelopePaths.AssertSame(bytes[..cut]);
        }
    }

    [Fact]
    public void Mutated_GKE_logs_read_the_same_both_ways()
    {
        var seeds = MutatedLogs.Seeds("*.jsonl", Fixtures.Path("events", "gke"));
        Assert.NotEmpty(seeds);
        MutatedLogs.Each(seeds, 400, FastEnvelopePaths.AssertSame);
    }
}
