using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using PolicyKit.Serve.Tests.Support;

namespace PolicyKit.Serve.Tests;

/// <summary>The real command line killed with SIGKILL mid-load, restarted: nothing acknowledged is lost or written twice.</summary>
public sealed class CrashTests
{
    private const int Batches = 60;
    private const int PerBatch = 45;

    private static byte[] Batch(int i) => AuditBatches.EventList(AuditBatches.ImmudbEvents.Skip(i * PerBatch).Take(PerBatch), $"crash{i:D3}");

    private static async Task<bool> Post(HttpClient client, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            return (await client.PostAsync("/", content)).StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Kill_9_mid_load_then_restart_writes_every_acknowledged_event_exactly_once()
    {
        var directory = RunningServer.TempDirectory();
        var port = ServeProcess.FreePort();
        string[] args = ["--data-dir", directory, "--write-events"];
        var acknowledged = new ConcurrentDictionary<int, bool>();
        var batches = Enumerable.Range(0, Batches).Select(Batch).ToArray();
        using (var first = await ServeProcess.StartAsync(port, args))
        {
            var next = -1;
            var killed = false;
            var posters = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < Batches && !Volatile.Read(ref killed))
                {
                    if (await Post(first.Client, batches[i]))
                    {
                        acknowledged[i] = true;
                    }
                }
            })).ToList();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (acknowledged.Count < Batches / 3)
            {
                Assert.True(DateTime.UtcNow < deadline, "too few acknowledgements before the kill: " + first.Stderr);
                await Task.Delay(5);
            }
            first.Kill();
            Volatile.Write(ref killed, true);
            await Task.WhenAll(posters);
        }
        var acknowledgedBeforeKill = acknowledged.Keys.ToHashSet();
        Assert.True(acknowledgedBeforeKill.Count >= Batches / 3);

        using (var second = await ServeProcess.StartAsync(port, args))
        {
            // Clients send again what was not acknowledged, and a few acknowledged batches whose answer they lost.
            foreach (var i in Enumerable.Range(0, Batches).Where(i => !acknowledgedBeforeKill.Contains(i)).Concat(acknowledgedBeforeKill.Take(5)))
            {
                Assert.True(await Post(second.Client, batches[i]), $"batch {i} refused after the restart: " + second.Stderr);
                acknowledged[i] = true;
            }
            Assert.Equal(0, second.Terminate());
        }

        var outputs = Path.Combine(directory, "out");
        var lines = Sinks.RotatedJsonLines.Files(outputs, "events").SelectMany(n => File.ReadAllLines(Sinks.RotatedJsonLines.PathOf(outputs, "events", n))).ToList();
        var keys = OutputKeys.Count(lines);
        var expected = Enumerable.Range(0, Batches)
            .SelectMany(i => AuditBatches.ImmudbEvents.Skip(i * PerBatch).Take(PerBatch).Select((e, j) => ($"crash{i:D3}-{j:D6}", e["stage"]!.GetValue<string>())))
            .ToHashSet();
        Assert.Equal(expected.Count, lines.Count);
        Assert.Equal(expected.Order(), keys.Keys.Order());
        Assert.All(keys.Values, n => Assert.Equal(1, n));
        Directory.Delete(directory, recursive: true);
    }
}
