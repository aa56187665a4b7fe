using System.IO.Compression;
using System.Text;
using PolicyKit.Detection;
using PolicyKit.Events;
using PolicyKit.Events.Input;

namespace PolicyKit.Tests;

/// <summary>Each input here once crashed or misled a command; each now reads with a located message.</summary>
public class HostileInputTests
{
    private const string Good = """{"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"g","stage":"ResponseComplete","verb":"get","requestURI":"/api","user":{"username":"u"}}""";

    private static string Event(string id, string user = "alice", string name = "n", string extra = "")
        => $$"""{"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"{{id}}","stage":"ResponseComplete","verb":"get","requestURI":"/api/v1/namespaces/ns/secrets/x","user":{"username":"{{user}}","groups":["g1"]},"objectRef":{"resource":"secrets","namespace":"ns","name":"{{name}}","apiVersion":"v1"}{{extra}}}""";

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00x")]
    [InlineData("a\\ud800\\u0041")]
    public void Lone_surrogate_escapes_read_as_replacement_characters(string escaped)
    {
        var json = Event("s", user: escaped, name: escaped, extra: $$$""","impersonatedUser":{"username":"{{{escaped}}}","groups":["{{{escaped}}}"]},"annotations":{"k":"{{{escaped}}}"},"requestObject":{"metadata":{"name":"{{{escaped}}}"}}""");
        var e = new Utf8AuditEvent();
        Assert.Null(e.Load(Encoding.UTF8.GetBytes(json)));
        Assert.Contains('\uFFFD', e.Username);
        Assert.Contains('\uFFFD', e.Name);
        Assert.Contains('\uFFFD', e.Get(EventField.ImpersonatedUsername));
        Assert.Contains('\uFFFD', e.Get(EventField.Annotation, "k"));
        Assert.Contains('\uFFFD', e.GetList(EventField.ImpersonatedGroups)[0]);
        Assert.Contains('\uFFFD', e.Body(BodyRoot.RequestObject)!.Property("metadata")!.Property("name")!.String!);
    }

    [Fact]
    public void Raw_invalid_utf8_reads_as_replacement_characters()
    {
        var json = Encoding.UTF8.GetBytes(Event("u", user: "X", name: "Y", extra: ""","impersonatedUser":{"username":"Z"},"requestObject":{"s":"W"}"""));
        foreach (var letter in "XYZW")
        {
            json[Array.IndexOf(json, (byte)letter)] = 0xFF;
        }
        var e = new Utf8AuditEvent();
        Assert.Null(e.Load(json));
        Assert.Equal("\uFFFD", e.Username);
        Assert.Equal("\uFFFD", e.Name);
        Assert.Equal("\uFFFD", e.Get(EventField.ImpersonatedUsername));
        Assert.Equal("\uFFFD", e.Body(BodyRoot.RequestObject)!.Property("s")!.String);
    }

    [Fact]
    public void Escaped_property_names_are_read_as_the_apiserver_reads_them()
    {
        var e = new Utf8AuditEvent();
        Assert.Null(e.Load(Encoding.UTF8.GetBytes("""{"kind":"Event","auditID":"a","ver\u0062":"delete","\u0075ser":{"user\u006eame":"bob"},"objectRef":{"re\u0073ource":"pods"}}""")));
        Assert.Equal("delete", e.Verb);
        Assert.Equal("bob", e.Username);
        Assert.Equal("pods", e.Resource);
    }

    [Fact]
    public void Bodies_nest_as_deep_as_the_apiserver_can_write()
    {
        const int depth = 5000;
        var body = new string('[', depth) + new string(']', depth);
        var read = LogReading.Read(Event("deep", extra: $$""","requestObject":{"a":{{body}}}""") + "\n" + Good + "\n");
        Assert.Empty(read.Problems);
        Assert.Equal(2, read.Events.Count);
        var e = new Utf8AuditEvent();
        e.Load(Encoding.UTF8.GetBytes(Event("deep", extra: $$""","requestObject":{"a":{{body}}}""")));
        Assert.Equal(BodyNodeKind.Array, e.Body(BodyRoot.RequestObject)!.Property("a")!.Kind);
    }

    [Fact]
    public void Nesting_past_the_limit_is_named_not_called_invalid()
    {
        var depth = ReadLimits.MaxDepth + 10;
        var read = LogReading.Read(Event("deep", extra: $$""","requestObject":{{new string('[', depth) + new string(']', depth)}}""") + "\n" + Good + "\n");
        Assert.Equal(["log:1: not read: nests deeper than 10016 levels (the limit; see docs/events.md); skipped"], read.Problems);
        Assert.Single(read.Events);
    }

    [Fact]
    public void A_line_over_the_size_limit_is_skipped_and_reading_goes_on()
    {
        var huge = Event("big", name: new string('n', 3 << 20));
        var read = LogReading.Read(Good + "\n" + huge + "\n" + Good + "\n" + huge + "\n" + Good, maxValueBytes: 1 << 20);
        Assert.Equal(3, read.Events.Count);
        Assert.Equal(["log:2: line longer than 1 MiB (the limit, --max-event-size); skipped", "log:4: line longer than 1 MiB (the limit, --max-event-size); skipped"], read.Problems);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(300)]
    [InlineData(1 << 20)]
    public void The_size_limit_is_a_lines_own_length_however_the_reads_fall(int chunk)
    {
        const int limit = 300;
        static string OfLength(int length) => Event("e" + length, name: new string('n', length - Event("e" + length, name: "").Length));
        var text = string.Join("\n", OfLength(limit - 1), OfLength(limit), OfLength(limit + 1), OfLength(limit), OfLength(limit + 1));
        var bytes = Encoding.UTF8.GetBytes(text);
        var read = LogReading.Read([LogInput.Of("log", () => new ChunkedStream(bytes, chunk))], maxValueBytes: limit);
        Assert.Equal(["e299", "e300", "e300"], read.Events.Select(e => e.Split('|')[0]));
        Assert.Equal(["log:3: line longer than 300 bytes (the limit, --max-event-size); skipped", "log:5: line longer than 300 bytes (the limit, --max-event-size); skipped"], read.Problems);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(40)]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(1 << 20)]
    public void A_truncated_pretty_value_is_called_incomplete_however_the_reads_fall(int chunk)
    {
        // The second value starts where a structural scan failed before, so it is read line by line from the buffer.
        var bytes = Encoding.UTF8.GetBytes(Good + "\n{\n]\n{\n  \"kind\": \"Event\",\n  \"auditID\": \"t\",\n  \"user\": {\n    \"username\": \"a\"\n");
        var read = LogReading.Read([LogInput.Of("log", () => new ChunkedStream(bytes, chunk))]);
        Assert.Single(read.Events);
        Assert.Equal(["log:2: incomplete JSON (the line ends inside a value; truncated?); skipped", "log:3: not JSON: ']' is an invalid start of a value. (at byte 1 of the value); skipped", "log:4: incomplete JSON (the line ends inside a value; truncated?); skipped"], read.Problems);
    }

    [Fact]
    public void A_pretty_printed_value_over_the_size_limit_is_skipped_whole()
    {
        var items = string.Join(",\n", Enumerable.Range(0, 3000).Select(i => "    " + Event("i" + i)));
        var list = "{\n  \"kind\": \"EventList\",\n  \"items\": [\n" + items + "\n  ]\n}\n";
        var read = LogReading.Read(list + Good + "\n", maxValueBytes: 100_000);
        Assert.Single(read.Events);
        var problem = Assert.Single(read.Problems);
        Assert.Equal("log:1: a JSON value larger than 100000 bytes (the limit, --max-event-size) starts here and ends at line 3005; skipped", problem);
    }

    [Fact]
    public void Utf16_input_gets_one_message()
    {
        var text = string.Join("\n", Enumerable.Repeat(Good, 50));
        foreach (var (encoding, name) in new (Encoding, string)[] { (new UnicodeEncoding(false, true), "UTF-16LE"), (new UnicodeEncoding(false, false), "UTF-16LE"), (new UnicodeEncoding(true, true), "UTF-16BE"), (new UTF32Encoding(false, true), "UTF-32LE") })
        {
            var read = LogReading.Read([.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
            Assert.Empty(read.Events);
            Assert.Equal([$"log:1: this input is {name}, not UTF-8; nothing of it was read (convert it: iconv -f {name} -t UTF-8); skipped"], read.Problems);
        }
    }

    [Theory]
    [InlineData("""{"kind":"EventList","items":5}""", "log:1: EventList items is a number, not a list; skipped")]
    [InlineData("""{"kind":"EventList","items":{"a":1}}""", "log:1: EventList items is an object, not a list; skipped")]
    [InlineData("""{"kind":null}""", "log:1: not an audit Event: \"kind\" is null, not a string; skipped")]
    [InlineData("""5""", "log:1: not an audit Event: a number, not an object; skipped")]
    [InlineData("""{"kind":"Event","auditID":"a"} {x}""", "log:1: after the values before it: not JSON: 'x' is an invalid start of a property name. Expected a '\"'. (at byte 33 of the value); skipped")]
    public void Values_that_are_no_events_say_exactly_why(string line, string message)
        => Assert.Equal([message], LogReading.Read(line + "\n").Problems);

    [Fact]
    public void A_policy_given_as_a_log_is_called_a_policy()
    {
        var policy = File.ReadAllText(Fixtures.Policy("gke-gce-default.yaml"));
        var read = LogReading.Read(policy);
        Assert.Contains("log:3: not JSON: this line is YAML (an audit policy given as a log?); audit logs are JSON; skipped", read.Problems);
        Assert.Empty(read.Events);
    }

    [Fact]
    public void An_eventlist_item_that_is_no_event_is_skipped_and_the_items_after_it_are_read()
    {
        var list = "{\"kind\":\"EventList\",\"items\":[\n" + Event("a") + ",\n5,\n" + Event("c") + "\n]}\n";
        var read = LogReading.Read(list);
        Assert.Equal(2, read.Events.Count);
        Assert.Equal(["log:3: EventList item 1: not an audit Event: a number, not an object; skipped"], read.Problems);
    }

    [Fact]
    public void A_pretty_printed_eventlist_is_scanned_once()
    {
        var items = string.Join(",\n", Enumerable.Range(0, 2000).Select(i => "    " + Event("i" + i).Replace(",\"", ",\n      \"")));
        var text = Encoding.UTF8.GetBytes("{\n  \"kind\": \"EventList\",\n  \"items\": [\n" + items + "\n  ]\n}\n");
        var framer = new PolicyKit.Events.Framing.JsonValueFramer(new MemoryStream(text));
        Assert.True(framer.TryRead(out var value));
        Assert.Null(value.Error);
        Assert.False(framer.TryRead(out _));
        // Linear: each byte is scanned about once, not once per line after it (that was 20 s for 1 MB).
        Assert.InRange(framer.ScanWork, text.Length / 2, text.Length * 2);
    }

    [Fact]
    public void Gzip_with_a_bad_crc_is_reported_with_how_far_reading_got()
    {
        var gz = Gzip(string.Join("\n", Enumerable.Range(0, 2000).Select(i => Event("c" + i))) + "\n");
        gz[^6] ^= 0xFF;
        var read = LogReading.Read(gz);
        Assert.Equal(1, read.Summary.FailedInputs);
        var problem = Assert.Single(read.Problems);
        Assert.Matches(@"^log: corrupt gzip data: a bad CRC or damaged compressed data after [\d,]+ bytes of text; events before it were read, the rest of this input is lost$", problem);
    }

    [Fact]
    public void Truncated_gzip_is_reported_even_at_a_line_boundary()
    {
        Assert.True(CompressedInput.GzipEnd.IsAvailable, "the runtime no longer exposes the inflater's state: the truncation check is off");
        var text = string.Join("\n", Enumerable.Range(0, 3000).Select(i => Event("t" + i))) + "\n";
        var gz = Gzip(text);
        foreach (var cut in new[] { gz.Length / 3, gz.Length - 8, gz.Length - 1 })
        {
            var read = LogReading.Read(gz[..cut]);
            Assert.Equal(1, read.Summary.FailedInputs);
            Assert.Contains(read.Problems, p => p.Contains("corrupt gzip data: it ends early (a truncated file?) after", StringComparison.Ordinal));
        }
        Assert.Equal(0, LogReading.Read(gz).Summary.FailedInputs);
        // Concatenated members are one valid gzip file.
        Assert.Equal(6000, LogReading.Read([.. gz, .. gz]).Events.Count);
    }

    [Fact]
    public void An_input_that_cannot_be_opened_fails_alone()
    {
        var read = LogReading.Read([LogInput.File("/nonexistent/audit.log"), LogInput.Of("ok", () => new MemoryStream(Encoding.UTF8.GetBytes(Good)))]);
        Assert.Equal(["/nonexistent/audit.log: cannot read: no such directory"], read.Problems);
        Assert.Single(read.Events);
        Assert.Equal(1, read.Summary.FailedInputs);
    }

    [Fact]
    public void Standard_input_is_read_once()
    {
        var error = Assert.Throws<EventInputException>(() => LogInputs.Expand(["-", "-"], () => Stream.Null));
        Assert.Contains("can be read once only", error.Message);
        Assert.Throws<EventInputException>(() => LogInputs.Expand(["-"], () => Stream.Null, stdinTaken: "--policy -"));
    }

    internal static byte[] Gzip(string text)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(text));
        }
        return ms.ToArray();
    }
}
