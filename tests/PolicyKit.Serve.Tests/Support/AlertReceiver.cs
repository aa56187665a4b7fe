using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PolicyKit.Serve.Tests.Support;

/// <summary>The other end of the HTTP sink: a Kestrel app on loopback that answers 503 while it is "down" and keeps what it got.</summary>
internal sealed class AlertReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AlertReceiver(WebApplication app) => _app = app;

    public volatile bool Down;

    public ConcurrentQueue<JsonElement> Alerts { get; } = new();

    public int Refused;

    public Uri Url => new(_app.Urls.First() + "/alerts");

    public static async Task<AlertReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new AlertReceiver(app);
        app.MapPost("/alerts", async (HttpContext context) =>
        {
            if (receiver.Down)
            {
                Interlocked.Increment(ref receiver.Refused);
                return Results.StatusCode(503);
            }
            using var doc = await JsonDocument.ParseAsync(context.Request.Body);
            foreach (var alert in doc.RootElement.EnumerateArray())
            {
                receiver.Alerts.Enqueue(alert.Clone());
            }
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
