using PolicyKit.Serve.Load;
using PolicyKit.Serve.Tests.Support;
using PolicyKit.Tests;

namespace PolicyKit.Serve.Tests;

/// <summary>The load client on a short, bounded run (the measured runs are in docs/benchmarks.md): nothing fails, everything is written.</summary>
public sealed class LoadTests
{
    [Fact]
    public async Task A_short_paced_run_is_acknowledged_whole_and_every_event_written_once()
    {
        await using var server = await RunningServer.StartAsync();
        var lines = File.ReadLines(Fixtures.Path("events", "immudb", "k8s-metadata.jsonl"));
        var batches = new LoadBatches(lines, 100);
        var result = await LoadClient.RunAsync(new Uri(server.Client.BaseAddress!, "/"), batches, eventsPerSecond: 2000, duration: TimeSpan.FromSeconds(2), connections: 2);
        Assert.Equal(0, result.Failures);
        Assert.True(result.AckedEvents >= 1000, result.ToString());
        await server.DrainedAsync();
        var keys = OutputKeys.Count(server.OutputLines("events"));
        Assert.Equal(result.AckedEvents, keys.Count);
        Assert.All(keys.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public void Batches_get_new_audit_ids_every_time()
    {
        var batches = new LoadBatches(File.ReadLines(Fixtures.Path("events", "immudb", "k8s-metadata.jsonl")).Take(20), 10);
        var a = System.Text.Encoding.UTF8.GetString(batches.Next());
        var b = System.Text.Encoding.UTF8.GetString(batches.Next());
        Assert.DoesNotContain("00000000-0000-0000-0000-000000000000", a);
        Assert.NotEqual(a, b);
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Matches(a, "\"auditID\":\"[0-9a-f-]{36}\"").Count);
    }

    [Fact]
    public void Audit_ids_do_not_repeat_past_16_bits_of_the_counter()
    {
        var batches = new LoadBatches(File.ReadLines(Fixtures.Path("events", "immudb", "k8s-metadata.jsonl")).Take(100), 100);
        var ids = new HashSet<string>();
        for (var i = 0; i < 700; i++)
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.UTF8.GetString(batches.Next()), "\"auditID\":\"([0-9a-f-]{36})\""))
            {
                Assert.True(ids.Add(m.Groups[1].Value), m.Groups[1].Value);
            }
        }
    }
}
