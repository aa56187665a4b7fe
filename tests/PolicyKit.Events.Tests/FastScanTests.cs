using System.Text;
using PolicyKit.Detection;
using PolicyKit.Events;

namespace PolicyKit.Tests;

/// <summary>
/// The fast scan and System.Text.Json read every real event alike. On mutated logs the fuzz target
/// tests/PolicyKit.Fuzz/EventReaderTarget.cs holds them equal wherever System.Text.Json reads the value (the
/// fast scan may also read a value whose only fault is inside a member no command reads).
/// </summary>
public class FastScanTests
{
    [Fact]
    public void Both_ways_agree_on_every_real_event()
    {
        var lines = Directory.GetFiles(Fixtures.Path("events"), "*.json*", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines).Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count > 3500);
        foreach (var line in lines)
        {
            AssertSame(Encoding.UTF8.GetBytes(line));
        }
    }

    /// <summary>Groups are read without a JSON reader when they are plain strings; anything else the reader reads as before.</summary>
    [Theory]
    [InlineData("""["system:masters","system:authenticated"]""", "system:masters|system:authenticated")]
    [InlineData("""[ "a" , "b" ]""", "a|b")]
    [InlineData("""[]""", "")]
    [InlineData("""[ ]""", "")]
    [InlineData("""["a\"b","c"]""", "a\"b|c")]
    [InlineData("""["a\u0041","c"]""", "aA|c")]
    [InlineData("""["a",5,"c"]""", "a|c")]
    [InlineData("""["a",null]""", "a")]
    [InlineData("""["a",["b"],"c"]""", "a|c")]
    [InlineData("""["a",{"b":1},"c"]""", "a|c")]
    [InlineData("""["a","b",]""", "a|b")]
    [InlineData("""["a" "b"]""", "a")]
    [InlineData("""["a",tru,"c"]""", "a")]
    [InlineData("[\"a\tb\",\"c\"]", "")]
    [InlineData("""["a\ud800","c"]""", "a\uFFFD|c")]
    [InlineData("""["a\\","c"]""", "a\\|c")]
    public void Both_ways_read_groups_alike(string groups, string expected)
    {
        AssertSame(Encoding.UTF8.GetBytes("{\"kind\":\"Event\",\"auditID\":\"a\",\"user\":{\"username\":\"u\",\"groups\":" + groups + "},\"verb\":\"get\"}"));
        var fast = new Utf8AuditEvent();
        Assert.Null(fast.Load(Encoding.UTF8.GetBytes("{\"kind\":\"Event\",\"auditID\":\"a\",\"user\":{\"groups\":" + groups + "}}")));
        var slow = new Utf8AuditEvent { UseFastScan = false };
        slow.Load(Encoding.UTF8.GetBytes("{\"kind\":\"Event\",\"auditID\":\"a\",\"user\":{\"groups\":" + groups + "}}"));
        // What the fallback reader reads of a list it cannot read whole: the strings before the fault.
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), fast.GetList(EventField.Groups));
        if (!slow.NotJson)
        {
            Assert.Equal(slow.GetList(EventField.Groups), fast.GetList(EventField.Groups));
        }
    }

    [Fact]
    public void Both_ways_read_groups_of_invalid_utf8_alike()
    {
        byte[] json = [.. """{"kind":"Event","auditID":"a","user":{"groups":["a"""u8, 0xC3, 0x28, .. "\",\"b\"]}}"u8];
        AssertSame(json);
        var fast = new Utf8AuditEvent();
        fast.Load(json);
        Assert.Equal(["a\uFFFD(", "b"], fast.GetList(EventField.Groups));
    }

    private static void AssertSame(byte[] json)
    {
        var fast = new Utf8AuditEvent();
        var slow = new Utf8AuditEvent { UseFastScan = false };
        var slowProblem = slow.Load(json);
        var fastProblem = fast.Load(json);
        if (slow.NotJson)
        {
            return;
        }
        Assert.Equal(slowProblem, fastProblem);
        if (slowProblem is not null)
        {
            return;
        }
        Assert.Equal(PolicyKit.Fuzz.EventFields.Of(slow), PolicyKit.Fuzz.EventFields.Of(fast));
    }
}
