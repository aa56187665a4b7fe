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
