using System.Net;
using System.Text;
using System.Text.Json;
using PolicyKit.Serve.Receiving;
using PolicyKit.Serve.Tests.Support;

namespace PolicyKit.Serve.Tests;

public sealed class ReceiverTests
{
    private static readonly byte[] Exec = AuditBatches.EventList([AuditBatches.FalcoEvent("exec_pod.json")], "exec");

    [Fact]
    public async Task A_batch_is_acknowledged_and_its_alerts_and_events_are_written()
    {
        await using var server = await RunningServer.StartAsync();
        var batch = AuditBatches.EventList(AuditBatches.FalcoEvents, "falco");
        var response = await server.PostAsync(batch);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await server.DrainedAsync();
        var alerts = server.OutputLines("alerts");
        Assert.Contains(alerts, a => a.Contains("\"rule\":\"pod-exec\"", StringComparison.Ordinal));
        Assert.Contains(alerts, a => a.Contains("\"rule\":\"binding-to-admin\"", StringComparison.Ordinal));
        var events = OutputKeys.Count(server.OutputLines("events"));
        Assert.Equal(AuditBatches.FalcoEvents.Count, events.Count);
        Assert.All(events.Values, n => Assert.Equal(1, n));
        Assert.Equal(AuditBatches.FalcoEvents.Count, (int)server.Server.Metrics.AcknowledgedEvents.Value);
    }

    [Fact]
    public async Task A_gzip_batch_is_read_as_the_same_batch()
    {
        await using var server = await RunningServer.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync(Exec, gzip: true)).StatusCode);
        await server.DrainedAsync();
        Assert.Equal(2, server.OutputLines("alerts").Count);
    }

    public static TheoryData<string, string, string, bool, HttpStatusCode, string> BadRequests => new()
    {
        { "not JSON", "{\"kind\":\"EventList\",", "application/json", false, HttpStatusCode.BadRequest, "not valid JSON" },
        { "wrong kind", """{"kind":"Event","apiVersion":"audit.k8s.io/v1"}""", "application/json", false, HttpStatusCode.BadRequest, "an EventList is expected" },
        { "wrong content type", """{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[]}""", "text/plain", false, HttpStatusCode.UnsupportedMediaType, "application/json" },
        { "gzip announced, not sent", """{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[]}""", "application/json", true, HttpStatusCode.BadRequest, "not gzip data" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_batches_get_a_4xx_with_the_reason_and_the_server_goes_on(string what, string body, string contentType, bool claimGzip, HttpStatusCode status, string reason)
    {
        await using var server = await RunningServer.StartAsync();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        if (claimGzip)
        {
            content.Headers.ContentEncoding.Add("gzip");
        }
        var response = await server.Client.PostAsync("/", content);
        Assert.True(status == response.StatusCode, what);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
        var rejected = server.Server.Metrics.Rejected;
        Assert.Equal(1, rejected.GetAllLabelValues().Sum(labels => rejected.WithLabels(labels).Value));
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync(Exec)).StatusCode);
    }

    [Fact]
    public async Task Truncated_and_corrupt_gzip_are_400()
    {
        await using var server = await RunningServer.StartAsync();
        var gz = AuditBatches.Gzip(AuditBatches.EventList(AuditBatches.FalcoEvents, "t"));
        foreach (var broken in new[] { gz[..(gz.Length / 2)], gz[..^4], Corrupt(gz) })
        {
            var content = new ByteArrayContent(broken);
            content.Headers.ContentType = new("application/json");
            content.Headers.ContentEncoding.Add("gzip");
            var response = await server.Client.PostAsync("/", content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("corrupt gzip data", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(0, server.Server.Metrics.AcknowledgedEvents.Value);
    }

    private static byte[] Corrupt(byte[] gz)
    {
        var copy = (byte[])gz.Clone();
        copy[copy.Length / 2] ^= 0x55;
        return copy;
    }

    [Fact]
    public async Task Oversize_bodies_gzip_bombs_and_too_many_events_are_refused()
    {
        await using var server = await RunningServer.StartAsync(o => o with { Limits = new ReceiverLimits { MaxRequestBytes = 64 << 10, MaxBodyBytes = 256 << 10, MaxBatchEvents = 20 } });
        var big = AuditBatches.EventList(Enumerable.Repeat(AuditBatches.ImmudbEvents[0], 19).Append(PaddedEvent(100_000)), "big");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await server.PostAsync(big)).StatusCode);
        var bomb = AuditBatches.EventList([PaddedEvent(1 << 20)], "bomb");
        Assert.True(AuditBatches.Gzip(bomb).Length < 64 << 10);
        var bombed = await server.PostAsync(bomb, gzip: true);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, bombed.StatusCode);
        Assert.Contains("once unpacked", await bombed.Content.ReadAsStringAsync());
        var many = AuditBatches.EventList(AuditBatches.ImmudbEvents.Take(21), "many");
        Assert.Equal(HttpStatusCode.BadRequest, (await server.PostAsync(many)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync(AuditBatches.EventList(AuditBatches.ImmudbEvents.Take(20), "ok"))).StatusCode);
    }

    private static System.Text.Json.Nodes.JsonObject PaddedEvent(int padding)
    {
        var e = (System.Text.Json.Nodes.JsonObject)AuditBatches.ImmudbEvents[0].DeepClone();
        e["userAgent"] = new string('a', padding);
        return e;
    }

    [Fact]
    public async Task Oversize_headers_are_431()
    {
        await using var server = await RunningServer.StartAsync(o => o with { Limits = new ReceiverLimits { MaxHeaderBytes = 4096 } });
        var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(Exec) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Padding", new string('p', 8000));
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, (await server.Client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync(Exec)).StatusCode);
    }

    [Fact]
    public async Task A_configured_path_takes_the_batches()
    {
        await using var server = await RunningServer.StartAsync(o => o with { Path = "/k8s-audit" });
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync(Exec)).StatusCode);
        var content = new ByteArrayContent(Exec);
        content.Headers.ContentType = new("application/json");
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.PostAsync("/", content)).StatusCode);
    }

    [Fact]
    public async Task Health_readiness_and_metrics_answer()
    {
        await using var server = await RunningServer.StartAsync();
        Assert.Equal("ok\n", await server.Client.GetStringAsync("/healthz"));
        Assert.Equal("ready\n", await server.Client.GetStringAsync("/readyz"));
        await server.PostAsync(Exec);
        await server.PostAsync("nope"u8.ToArray());
        await server.DrainedAsync();
        var metrics = await server.Client.GetStringAsync("/metrics");
        Assert.Contains("policykit_serve_acknowledged_events_total 1", metrics);
        Assert.Contains("policykit_serve_rejected_batches_total{reason=\"malformed\"} 1", metrics);
        Assert.Contains("policykit_serve_alerts_total{rule=\"pod-exec\"} 1", metrics);
        Assert.Contains("policykit_serve_ack_latency_seconds_count 1", metrics);
        Assert.Contains("policykit_serve_journal_bytes", metrics);
    }

    [Fact]
    public async Task A_batch_past_the_journal_budget_is_503_with_retry_after_and_counted()
    {
        await using var server = await RunningServer.StartAsync(o => o with { Journal = o.Journal with { SegmentBytes = 8 << 10, BudgetBytes = 16 << 10 } });
        var response = await server.PostAsync(AuditBatches.EventList(AuditBatches.ImmudbEvents.Take(40), "full"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(AuditEndpoint.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        Assert.Equal(1, server.Server.Metrics.Rejected.WithLabels("journal_full").Value);
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync(Exec)).StatusCode);
    }

    [Fact]
    public async Task Items_that_are_no_events_are_acknowledged_counted_and_skipped()
    {
        await using var server = await RunningServer.StartAsync();
        var body = """{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[{"kind":0},{"hello":"world"}]}"""u8.ToArray();
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync(body)).StatusCode);
        await server.DrainedAsync();
        Assert.Equal(2, server.Server.Metrics.Unreadable.Value);
        Assert.Empty(server.OutputLines("events"));
    }
}
