using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyKit.Events.Framing;

namespace PolicyKit.Tests;

/// <summary>
/// A pretty-printed EventList (the webhook's format) is framed by its structure where it lies and its items are
/// loaded from the places the list's scan found: the events read from it are exactly those read from the same
/// events as JSON lines, on real logs and on input written to mislead a structural scan.
/// </summary>
public class PrettyEventListTests
{
    private static readonly string[] AuditLogs = ["audit2rbac", "benign-requestresponse", "detections", "falco-traces", "immudb", "requestresponse"];

    [Fact]
    public void Every_real_event_reads_the_same_from_a_pretty_eventlist_as_from_json_lines()
    {
        foreach (var file in AuditLogs.SelectMany(d => Directory.GetFiles(Fixtures.Path("events", d), "*.jsonl")))
        {
            var events = File.ReadLines(file).Where(IsEvent).ToList();
            if (events.Count == 0)
            {
                continue;
            }
            var lines = LogReading.Read(string.Join("\n", events) + "\n");
            Assert.Empty(lines.Problems);
            foreach (var pretty in new[] { Indented(events), Broken(events, "\n"), Broken(events, "\r\n") })
            {
                var read = LogReading.Read(pretty);
                Assert.Empty(read.Problems);
                Assert.Equal(lines.Events, read.Events);
            }
        }
    }

    [Fact]
    public void Strings_that_look_like_structure_do_not_mislead_the_scan()
    {
        string[] names = ["{", "}", "[", "]", "}]}", "a\\\"}", "\\\\", "\\\\\\\"]", "\\u007d", "x\\t}", ",\\\"items\\\":[", "{\\\"kind\\\":\\\"Event\\\"}"];
        var events = names.Select((n, i) => Event("id" + i, n, ",\"requestObject\":{\"spec\":{\"containers\":[{\"name\":\"" + n + "\",\"args\":[\"]\",\"}\"]},{\"env\":[[{}],[]]}]}}")).ToList();
        var lines = LogReading.Read(string.Join("\n", events) + "\n");
        Assert.Empty(lines.Problems);
        Assert.Equal(names.Length, lines.Events.Count);
        Assert.Equal(lines.Events, LogReading.Read(Broken(events, "\n")).Events);
        Assert.Equal(lines.Events, LogReading.Read(Indented(events)).Events);
    }

    [Fact]
    public void Items_nested_deeper_than_the_fast_scan_goes_are_read_too()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100));
        var events = new[] { Event("a", "n"), Event("b", "n", $$""","requestObject":{"x":{{deep}}}"""), Event("c", "n") };
        var read = LogReading.Read(Broken(events, "\n"));
        Assert.Empty(read.Problems);
        Assert.Equal(LogReading.Read(string.Join("\n", events)).Events, read.Events);
    }

    [Fact]
    public void An_item_that_is_not_json_is_reported_at_its_line_and_the_items_after_it_are_read()
    {
        var list = "{\n  \"kind\": \"EventList\",\n  \"items\": [\n    " + Event("a", "n") + ",\n    {\"kind\": \"Event\", \"auditID\": \"b\",\n      \"verb\": tru},\n    "
            + Event("c", "n") + "\n  ]\n}\n" + Event("d", "n") + "\n";
        var read = LogReading.Read(list);
        Assert.Equal(["a", "c", "d"], read.Events.Select(e => e.Split('|')[0]));
        var problem = Assert.Single(read.Problems);
        Assert.StartsWith("log:5: EventList item 1: not JSON: ", problem);
    }

    [Fact]
    public void An_eventlist_on_one_line_with_an_item_that_is_not_json_is_reported_not_thrown()
    {
        // This took the process down (exit 134): the items were found with System.Text.Json, unchecked.
        var read = LogReading.Read("""{"kind":"EventList","items":[{"kind":"Event","auditID":"a","x":tru},{"kind":"Event","auditID":"b"}]}""" + "\n");
        Assert.Equal(["b"], read.Events.Select(e => e.Split('|')[0]));
        var problem = Assert.Single(read.Problems);
        Assert.StartsWith("log:1: EventList item 0: not JSON: ", problem);
    }

    [Fact]
    public void What_follows_a_pretty_value_on_its_last_line_is_read_with_that_line_number()
    {
        var text = "{\n  \"kind\": \"EventList\",\n  \"items\": [\n    " + Event("a", "n") + "\n  ]\n} " + Event("b", "n") + "\nnot json\n";
        var read = LogReading.Read(text);
        Assert.Equal(["a", "b"], read.Events.Select(e => e.Split('|')[0]));
        var alone = Assert.Single(LogReading.Read("not json\n").Problems);
        Assert.Equal([alone.Replace("log:1:", "log:7:")], read.Problems);
    }

    [Fact]
    public void A_truncated_pretty_eventlist_is_reported_and_never_read_in_part_or_twice()
    {
        var events = Enumerable.Range(0, 5).Select(i => Event("t" + i, "n")).ToList();
        var pretty = Encoding.UTF8.GetBytes(Broken(events, "\n"));
        for (var cut = 1; cut < Array.LastIndexOf(pretty, (byte)'}'); cut += 7)
        {
            var read = LogReading.Read(pretty[..cut]);
            Assert.NotEmpty(read.Problems);
            Assert.Empty(read.Events);
        }
    }

    [Fact]
    public void Lines_that_open_values_they_never_close_are_scanned_a_bounded_number_of_times()
    {
        // Each "{"a":[" line opens a value the structural scan would follow to the end of the input; once it
        // failed, values starting before where it stopped are read the exact way, so the work stays linear.
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":[\nx\n{\n" + Event("e", "n") + "\n", 3000)));
        var framer = new JsonValueFramer(new MemoryStream(text));
        var values = 0;
        while (framer.TryRead(out _))
        {
            values++;
        }
        Assert.True(values >= 9000);
        Assert.InRange(framer.ScanWork, 0, text.Length * 3L);
    }

    [Fact]
    public void A_pretty_eventlist_is_framed_in_place_as_one_value()
    {
        var events = Enumerable.Range(0, 50).Select(i => Event("p" + i, "n")).ToList();
        var list = Broken(events, "\n");
        var text = Encoding.UTF8.GetBytes(list + Event("after", "n") + "\n");
        var framer = new JsonValueFramer(new MemoryStream(text));
        Assert.True(framer.TryRead(out var value));
        Assert.Null(value.Error);
        Assert.Equal(1, value.Line);
        Assert.Equal(list.TrimEnd(), Encoding.UTF8.GetString(value.Json.Span));
        // Its items placed on the way, for the decoder not to look for them again.
        Assert.Equal(events, value.Items!.Items.Select(p => Encoding.UTF8.GetString(value.Json.Span.Slice(p.Start, p.Length)).Replace(",\n      \"", ",\"")));
        Assert.True(framer.TryRead(out var after));
        Assert.Equal(list.Count(c => c == '\n') + 1, after.Line);
        Assert.False(framer.TryRead(out _));
        // The list scanned structurally once, plus its first line by the JSON reader.
        Assert.InRange(framer.ScanWork, value.Json.Length, value.Json.Length + 10);
    }

    /// <summary>Lists whose items the framer's places must not be trusted for, or must be found as usual: read as the same list on one line.</summary>
    [Theory]
    [InlineData("""{"kind":"EventList","metadata":{"items":[1]},"items":[E1,E2]}""")]
    [InlineData("""{"kind":"EventList","note":"items","x":[E1],"items":[E2]}""")]
    [InlineData("""{"kind":"EventList","items":[E1],"items":[E2,E3]}""")]
    [InlineData("""{"kind":"EventList","items":[E1,"str",E2]}""")]
    [InlineData("""{"kind":"EventList","items":[E1,[E2],E3]}""")]
    [InlineData("""{"kind":"EventList","items":[E1,5,E3]}""")]
    [InlineData("""{"kind":"EventList","items":[E1 E2]}""")]
    [InlineData("""{"kind":"EventList","items":[E1,,E2]}""")]
    [InlineData("""{"kind":"EventList","items":[]}""")]
    [InlineData("""{"items":[E1,E2],"kind":"EventList"}""")]
    [InlineData("""{"kind":"EventList","items":[E1,{"kind":"Event","auditID":"x","verb":tru},E3]}""")]
    public void Lists_of_any_shape_read_the_same_pretty_as_on_one_line(string shape)
    {
        var list = shape.Replace("E1", Event("e1", "n")).Replace("E2", Event("e2", "n")).Replace("E3", Event("e3", "n"));
        var oneLine = LogReading.Read(list + "\n");
        // Every comma and bracket on a line of its own: a comma is in no string of these events.
        var pretty = LogReading.Read(list.Replace(",", ",\n  ").Replace("[", "[\n") + "\n");
        Assert.Equal(oneLine.Events, pretty.Events);
        Assert.Equal(oneLine.Problems.Count == 0, pretty.Problems.Count == 0);
    }

    private static string Event(string id, string name, string extra = "")
        => $$"""{"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"{{id}}","stage":"ResponseComplete","verb":"get","requestURI":"/api/v1/namespaces/ns/pods/x","user":{"username":"u","groups":["g"]},"objectRef":{"resource":"pods","namespace":"ns","name":"{{name}}","apiVersion":"v1"}{{extra}}}""";

    private static bool IsEvent(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() == "Event";
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The events as kubectl prints an EventList: every value on its own indented line, strings re-escaped.</summary>
    private static string Indented(IEnumerable<string> events)
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var items = events.Select(e => JsonSerializer.Serialize(JsonDocument.Parse(e).RootElement, options));
        return "{\n  \"kind\": \"EventList\",\n  \"apiVersion\": \"audit.k8s.io/v1\",\n  \"metadata\": {},\n  \"items\": [\n" + string.Join(",\n", items) + "\n  ]\n}\n";
    }

    /// <summary>
    /// The events as written, one per line, each member after the first on a line of its own (a comma before
    /// a quote is always between members: inside a string a quote is escaped): the bytes of every string kept.
    /// </summary>
    private static string Broken(IEnumerable<string> events, string newline)
        => "{" + newline + "  \"kind\": \"EventList\"," + newline + "  \"items\": [" + newline
            + string.Join("," + newline, events.Select(e => "    " + e.Replace(",\"", "," + newline + "      \""))) + newline + "  ]" + newline + "}" + newline;
}
