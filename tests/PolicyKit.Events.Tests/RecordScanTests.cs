using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using PolicyKit.Events.Formats;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;

namespace PolicyKit.Tests;

/// <summary>
/// The fast way through EKS and AKS records (RecordScan) against the general one (FormatDetector, then EksRecords
/// or AksRecords): the same events, byte for byte, and the same problems at the same lines, on generated records,
/// hostile ones (every kind of escape, surrogates, invalid UTF-8, truncations, nested envelopes) and mutated logs.
/// </summary>
public class RecordScanTests
{
    private const string Event = """{"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"a1","stage":"ResponseComplete","verb":"get","requestURI":"/api/v1/namespaces/ns/secrets/x","user":{"username":"USER","groups":["g1"]},"objectRef":{"resource":"secrets","namespace":"ns","name":"x","apiVersion":"v1"}}""";

    private static string Eks(string messageJson, string extra = "") => $$"""{"id":"1","timestamp":1704070800000,{{extra}}"message":{{messageJson}}}""";

    private static string Aks(string logJson, string category = "\"kube-audit\"", string extra = "")
        => $$$"""{"time":"2024-01-01T01:00:00Z","category":{{{category}}},{{{extra}}}"properties":{"log":{{{logJson}}},"stream":"stdout"}}""";

    private static string Quoted(string text) => JsonValue.Create(text)!.ToJsonString();

    /// <summary>Takes the fast path, or says why not: the tests below would pass trivially if it never did.</summary>
    private static List<string> ReadFast(string record, EnvelopeShape shape)
    {
        var sink = new Sink();
        Assert.True(RecordScan.TryRead(Encoding.UTF8.GetBytes(record), 1, shape, new ArrayBufferWriter<byte>(), sink), record);
        return sink.Seen;
    }

    private sealed class Sink : IEnvelopeSink
    {
        public List<string> Seen { get; } = new();

        public void Event(ReadOnlyMemory<byte> eventJson, long line, string place) => Seen.Add($"{line} {place} {Encoding.UTF8.GetString(eventJson.Span)}");

        public void Problem(long line, string message) => Seen.Add($"{line} problem {message}");
    }

    [Fact]
    public void Every_raw_fixture_event_in_a_record_takes_the_fast_path_and_reads_as_the_general_path_reads_it()
    {
        var events = RawFixtureEvents.All().Select(e => e.Json).ToList();
        Assert.True(events.Count > 400);
        for (var i = 0; i < events.Count; i++)
        {
            var eks = CloudEnvelopes.Line(CloudEnvelopes.EksRecord(events[i], i));
            var aks = CloudEnvelopes.Line(CloudEnvelopes.AksRecord(events[i]));
            Assert.Equal([$"1 message {events[i]}"], ReadFast(eks, EnvelopeShape.EksRecord));
            Assert.Equal([$"1 record.properties.log {events[i]}"], ReadFast(aks, EnvelopeShape.AksRecord));
        }
        FastEnvelopePaths.AssertSame(string.Join("\n", events.Select((e, i) => CloudEnvelopes.Line(CloudEnvelopes.EksRecord(e, i)))));
        FastEnvelopePaths.AssertSame(string.Join("\n", events.Select(e => CloudEnvelopes.Line(CloudEnvelopes.AksRecord(e)))));
    }

    [Fact]
    public void Other_categories_are_passed_over_as_the_general_path_passes_them()
    {
        Assert.Empty(ReadFast(Aks(Quoted(Event), "\"kube-apiserver\""), EnvelopeShape.AksRecord));
        FastEnvelopePaths.AssertSame(Aks(Quoted(Event), "\"kube-apiserver\"") + "\n" + Aks(Quoted(Event), "\"kube-audit-admin\""));
    }

    /// <summary>Every escape JSON has, inside the event's strings (escaped twice in the record) and around them.</summary>
    public static TheoryData<string> Escapes() => new()
    {
        "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u0000", "\\u001f", "\\u0041", "\\u00e9", "\\u00E9", "\\u07ff", "\\u0800",
        "\\u2028", "\\uffff", "\\ud83d\\ude00", "\\uD83D\\uDE00", "\\ud800", "\\udc00", "\\ud800\\u0041", "\\ud800\\ud800", "\\udbff\\udfff",
        "\\ud800\\", "\\u12", "\\uzzzz", "\\x", "\\'", "é", "😀", "\u007f",
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Escapes_of_every_kind_read_the_same_both_ways(string escape)
    {
        // As the user name inside the event (so escaped once in the event, twice in the record) ...
        var inner = Event.Replace("USER", "u" + escape.Replace("\\", "\\\\").Replace("\"", "\\\"") + "v", StringComparison.Ordinal);
        FastEnvelopePaths.AssertSame(Eks(Quoted(inner)));
        FastEnvelopePaths.AssertSame(Aks(Quoted(inner)));
        // ... and written as is into the record's string: an escape of the event text itself.
        var raw = "\"" + Quoted(Event)[1..^1].Replace("USER", "u" + escape + "v", StringComparison.Ordinal) + "\"";
        FastEnvelopePaths.AssertSame(Eks(raw));
        FastEnvelopePaths.AssertSame(Aks(raw));
        FastEnvelopePaths.AssertSame(Eks(raw.Replace("secrets", escape, StringComparison.Ordinal)));
    }

    [Fact]
    public void Invalid_utf8_reads_the_same_both_ways_in_escaped_and_plain_strings()
    {
        var escaped = Encoding.UTF8.GetBytes(Eks(Quoted(Event)));
        var plain = Encoding.UTF8.GetBytes(Eks("\"plain USER text\""));
        var aks = Encoding.UTF8.GetBytes(Aks(Quoted(Event)));
        foreach (var bad in new byte[][] { [0xFF], [0xC3], [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0x80] })
        {
            foreach (var record in new[] { escaped, plain, aks })
            {
                var at = IndexOf(record, "USER"u8);
                FastEnvelopePaths.AssertSame([.. record[..at], .. bad, .. record[at..]]);
                FastEnvelopePaths.AssertSame([.. record[..at], .. bad]);
            }
            // In another field of the record, and in a key.
            FastEnvelopePaths.AssertSame([.. Encoding.UTF8.GetBytes("{\"id\":\""), .. bad, .. Encoding.UTF8.GetBytes("\",\"message\":" + Quoted(Event) + "}")]);
            FastEnvelopePaths.AssertSame([.. Encoding.UTF8.GetBytes("{\"i"), .. bad, .. Encoding.UTF8.GetBytes("\":1,\"message\":" + Quoted(Event) + "}")]);
        }
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> what) => bytes.AsSpan().IndexOf(what);

    [Fact]
    public void A_record_cut_at_any_byte_reads_the_same_both_ways()
    {
        foreach (var record in new[] { Eks(Quoted(Event.Replace("USER", "ü\\u00e9😀", StringComparison.Ordinal))), Aks(Quoted(Event)) })
        {
            var bytes = Encoding.UTF8.GetBytes(record);
            for (var cut = 0; cut <= bytes.Length; cut++)
            {
                FastEnvelopePaths.AssertSame(bytes[..cut]);
                FastEnvelopePaths.AssertSame([.. bytes[..cut], (byte)'\n', .. bytes]);
            }
        }
    }

    [Theory]
    // Nested envelopes: a record whose event is itself a record, of the same format or another.
    [InlineData("eks-in-eks")]
    [InlineData("aks-in-aks")]
    [InlineData("eks-in-aks")]
    [InlineData("event-list")]
    [InlineData("not-an-object")]
    public void Nested_envelopes_and_other_event_text_read_the_same_both_ways(string what)
    {
        var inner = what switch
        {
            "eks-in-eks" or "eks-in-aks" => Eks(Quoted(Event)),
            "aks-in-aks" => Aks(Quoted(Event)),
            "event-list" => $$"""{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[{{Event}}]}""",
            _ => "[1,2]",
        };
        FastEnvelopePaths.AssertSame(what == "eks-in-aks" || what == "aks-in-aks" ? Aks(Quoted(inner)) : Eks(Quoted(inner)));
    }

    public static TheoryData<string> Records() => new()
    {
        // The record's other fields: every kind of value, valid and not.
        Eks(Quoted(Event), "\"n\":-0.5e+10,\"t\":true,\"f\":false,\"z\":null,\"a\":[1,[{}],{\"x\":[]}],\"o\":{\"p\":\"q\"},"),
        Eks(Quoted(Event), "\"n\":01,"), Eks(Quoted(Event), "\"n\":1.,"), Eks(Quoted(Event), "\"n\":.5,"), Eks(Quoted(Event), "\"n\":+1,"),
        Eks(Quoted(Event), "\"n\":1e,"), Eks(Quoted(Event), "\"n\":-,"), Eks(Quoted(Event), "\"t\":tru,"), Eks(Quoted(Event), "\"t\":truex,"),
        Eks(Quoted(Event), "\"n\":nul,"), Eks(Quoted(Event), "\"a\":[1,],"), Eks(Quoted(Event), "\"a\":[,1],"), Eks(Quoted(Event), "\"o\":{\"p\":1,},"),
        Eks(Quoted(Event), "\"o\":{\"p\"},"), Eks(Quoted(Event), "\"o\":{p:1},"), Eks(Quoted(Event), "\"a\":[1 2],"),
        Eks(Quoted(Event), "\"s\":\"tab\there\","), Eks(Quoted(Event), "\"s\":\"nl\nhere\","), Eks(Quoted(Event), "\"s\":\"\\q\","),
        Eks(Quoted(Event), string.Concat(Enumerable.Repeat("\"d\":[", 70)) + string.Concat(Enumerable.Repeat("]", 70)) + ","),
        Eks(Quoted(Event), string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70)) + ","),
        // Keys: escaped, repeated, of another shape.
        Eks(Quoted(Event), "\"mess\\u0061ge\":\"x\","), Eks(Quoted(Event), "\"message\":\"x\","), Eks(Quoted(Event), "\"message\":1,"),
        Eks("1"), Eks("{}"), Eks("null"), Eks(Quoted(Event), "\"kind\":\"Event\","), Eks(Quoted(Event), "\"auditID\":\"a\","),
        Eks(Quoted(Event), "\"protoPayload\":{},"), Eks(Quoted(Event), "\"logEvents\":[],"), Eks(Quoted(Event), "\"records\":[],"),
        Eks(Quoted(Event), "\"events\":{},"), Eks(Quoted(Event), "\"AuditId\":\"a\","), Eks(Quoted(Event), "\"category\":\"kube-audit\","),
        Eks(Quoted(Event), "\"properties\":{\"log\":\"x\"},"),
        Aks(Quoted(Event), "\"kube\\u002daudit\""), Aks(Quoted(Event), "1"), Aks(Quoted(Event), "null"), Aks(Quoted(Event), "\"\""),
        Aks(Quoted(Event), extra: "\"category\":\"kube-audit\","), Aks(Quoted(Event), extra: "\"message\":\"x\","),
        Aks(Quoted(Event), extra: "\"properties\":{\"log\":\"x\"},"), Aks("1"), Aks("{\"x\":1}"), Aks(Quoted(Event) + ",\"log\":\"y\""),
        Aks(Quoted(Event) + ",\"l\\u006fg\":\"y\""), Aks(Quoted(Event), "\"kube-apiserver\"", "\"bad\":01,"),
        """{"category":"kube-audit","properties":[]}""", """{"category":"kube-audit","properties":{}}""", """{"category":"kube-audit"}""",
        """{"properties":{"log":"x"}}""", "{\"category\":\"kube-audit\",\"properties\":{\"log\":" + Quoted(Event) + "}}",
        // Whitespace, values after the record, not a record at all.
        // Records over several lines (pretty-printed): the event's line is the line its string starts on.
        "{\n  \"id\": \"1\",\n  \"message\":\n    " + Quoted(Event) + "\n}",
        "{\n \"category\": \"kube-audit\",\n \"properties\": {\n  \"stream\": \"stdout\",\n  \"log\": " + Quoted(Event) + "\n }\n}",
        "{\n  \"id\": \"1\",\n\n  \"message\":\n    \"{\\\"kind\\\":\\\"Event\\\",\\\"x\"\n}",
        "{\n \"category\": \"kube-audit\",\n \"properties\": {\n\n  \"log\": \"[1]\"\n }\n}",
        " \t\r\n" + Eks(Quoted(Event)) + " \t\r", Eks(Quoted(Event)) + Eks(Quoted(Event)), Eks(Quoted(Event)) + " 1", Eks(Quoted(Event)) + "}",
        "\uFEFF" + Eks(Quoted(Event)), "{ \"message\" : " + Quoted(Event) + " , \"id\" : \"1\" }", "{}", "[]", "[" + Eks(Quoted(Event)) + "]", "\"x\"", "",
        "{\"message\":" + Quoted(Event)[..^1], "{\"message\":" + Quoted(Event), "{\"message\"", "{\"message\":", "{\"",
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void Hostile_records_read_the_same_both_ways(string record) => FastEnvelopePaths.AssertSame(record);

    [Fact]
    public void Mutated_cloud_logs_read_the_same_both_ways()
    {
        var seeds = MutatedLogs.Seeds("*.jsonl", Fixtures.Path("events", "eks"), Fixtures.Path("events", "aks"));
        Assert.NotEmpty(seeds);
        MutatedLogs.Each(seeds, 400, FastEnvelopePaths.AssertSame);
    }
}
