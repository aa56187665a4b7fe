using System.Net;
using PolicyKit.Serve.Sinks;
using PolicyKit.Serve.Tests.Support;

namespace PolicyKit.Serve.Tests;

public sealed class HttpSinkTests
{
    private static Func<ServeOptions, ServeOptions> SinkTo(Uri url) => o => o with
    {
        HttpSink = new HttpSinkOptions { Url = url, InitialBackoff = TimeSpan.FromMilliseconds(20), MaxBackoff = TimeSpan.FromMilliseconds(200) },
    };

    private static async Task Eventually(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, what);
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task Alerts_are_posted_as_json_arrays()
    {
        await using var receiver = await AlertReceiver.StartAsync();
        await using var server = await RunningServer.StartAsync(SinkTo(receiver.Url));
        await server.PostAsync(AuditBatches.EventList(AuditBatches.FalcoEvents, "posted"));
        await server.DrainedAsync();
        var written = server.OutputLines("alerts").Count;
        Assert.True(written > 5);
        await Eventually(() => receiver.Alerts.Count == written, "every alert delivered");
        Assert.All(receiver.Alerts, a => Assert.StartsWith("posted-", a.GetProperty("auditID").GetString()));
    }

    [Fact]
    public async Task Alerts_wait_while_the_sink_is_down_and_are_delivered_once_it_is_back()
    {
        await using var receiver = await AlertReceiver.StartAsync();
        receiver.Down = true;
        await using var server = await RunningServer.StartAsync(SinkTo(receiver.Url));
        var response = await server.PostAsync(AuditBatches.EventList(AuditBatches.FalcoEvents, "waiting"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await server.DrainedAsync();
        await Eventually(() => receiver.Refused >= 3, "the sink kept retrying");
        // The receiver is not held up by a sink that is down.
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync(AuditBatches.EventList(AuditBatches.FalcoEvents.Take(5), "more"))).StatusCode);
        await server.DrainedAsync();
        Assert.Empty(receiver.Alerts);
        Assert.True(server.Server.Metrics.SinkErrors.WithLabels("http").Value >= 3);
        receiver.Down = false;
        var written = server.OutputLines("alerts");
        await Eventually(() => receiver.Alerts.Count >= written.Count, "delivered after the sink came back");
        Assert.Equal(written.Count, receiver.Alerts.Count);
    }

    [Fact]
    public async Task Undelivered_alerts_survive_a_restart()
    {
        await using var receiver = await AlertReceiver.StartAsync();
        receiver.Down = true;
        var directory = RunningServer.TempDirectory();
        var options = SinkTo(receiver.Url)(RunningServer.DefaultOptions(directory));
        var server = await RunningServer.StartAsync(options, directory);
        await server.PostAsync(AuditBatches.EventList(AuditBatches.FalcoEvents, "kept"));
        await server.DrainedAsync();
        var written = server.OutputLines("alerts").Count;
        await server.StopAsync();
        receiver.Down = false;
        await using var restarted = await RunningServer.StartAsync(options, directory);
        await Eventually(() => receiver.Alerts.Count >= written, "delivered after the restart");
        Assert.Equal(written, receiver.Alerts.Count);
    }
}
