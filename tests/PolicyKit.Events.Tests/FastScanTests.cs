using System.Text;
using PolicyKit.Detection;
using PolicyKit.Events;

namespace PolicyKit.Tests;

/// <summary>
/// The fast scan and System.Text.Json read every event alike: on the real logs, and on mutated ones
/// wherever System.Text.Json reads the value (the fast scan may also read a value whose only fault is
/// inside a member no command reads; it never reads one differently).
/// </summary>
public class FastScanTests
{
    private static readonly byte[][] Seeds = Mutations.Seeds(Fixtures.Path("events"), "*.json*");

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

    [Fact]
    public void Both_ways_agree_on_mutated_events()
        => Mutations.Of(Seeds).Sample(bytes =>
        {
            foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n'))
            {
                AssertSame(Encoding.UTF8.GetBytes(line));
            }
        }, iter: 1000);

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
        Assert.Equal(Fields(slow), Fields(fast));
    }

    private static string Fields(Utf8AuditEvent e)
        => string.Join("|", e.Kind, e.ApiVersion, e.Level, e.StageName, e.AuditId, e.HasAuditId, Encoding.UTF8.GetString(e.AuditIdJson), e.RequestUri, e.UserAgent,
            e.Timestamp, e.ReceivedTimestamp, LogReading.Describe(e), e.HasObjectRef, e.Subresource, e.ApiGroup,
            string.Join(",", e.GetList(EventField.SourceIps)), e.Get(EventField.ImpersonatedUsername), string.Join(",", e.GetList(EventField.ImpersonatedGroups)),
            e.ResponseCode, e.Get(EventField.Annotation, "authorization.k8s.io/decision"), e.Items.Length, e.ItemsKind,
            e.Body(BodyRoot.RequestObject)?.Kind, e.Body(BodyRoot.ResponseObject)?.Kind);
}
