using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using PolicyKit.Serve.Operations;
using PolicyKit.Serve.Pipeline;

namespace PolicyKit.Serve.Sinks;

/// <summary>
/// Posts alerts to a URL as JSON arrays, from the committed alert files with a durable cursor of its own: while the
/// receiving side is down, alerts wait on disk (retention keeps the files it has not delivered) and go out, in order,
/// once it is back, retried with exponential backoff and jitter. It runs on its own task: the receiver never waits for it.
/// Delivery is at least once: a POST that succeeded just before a crash is sent again after the restart.
/// </summary>
internal sealed class HttpAlertSink : IDisposable
{
    private readonly HttpSinkOptions _options;
    private readonly PipelineRunner _pipeline;
    private readonly string _directory;
    private readonly ServeMetrics _metrics;
    private readonly ILogger _logger;
    private readonly HttpClient _client;
    private readonly CancellationTokenSource _stop = new();
    private HttpSinkCursor _cursor;
    private Task? _loop;

    public HttpAlertSink(HttpSinkOptions options, PipelineRunner pipeline, string directory, ServeMetrics metrics, ILogger logger, HttpMessageHandler? handler = null)
    {
        _options = options;
        _pipeline = pipeline;
        _directory = directory;
        _metrics = metrics;
        _logger = logger;
        _client = handler is null ? new HttpClient() : new HttpClient(handler);
        _client.Timeout = options.Timeout;
        _cursor = HttpSinkCursor.Load(directory) ?? new HttpSinkCursor(RotatedJsonLines.Files(directory, "alerts") is [var first, ..] ? first : 1, 0);
        pipeline.AlertFiles.OldestNeeded = () => Volatile.Read(ref _cursor).Seq;
    }

    public HttpSinkCursor Cursor => Volatile.Read(ref _cursor);

    public void Start() => _loop = Task.Run(Loop);

    public async Task StopAsync()
    {
        _stop.Cancel();
        if (_loop is not null)
        {
            try
            {
                await _loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Undelivered alerts stay on disk for the next start.
            }
        }
    }

    private async Task Loop()
    {
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            var next = _pipeline.NextCommit;
            var (lines, consumed) = ReadAvailable();
            if (lines.Count == 0)
            {
                await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(1), token)).ConfigureAwait(false);
                continue;
            }
            await DeliverAsync(lines, token).ConfigureAwait(false);
            var moved = _cursor with { Offset = _cursor.Offset + consumed };
            moved.Save(_directory);
            Volatile.Write(ref _cursor, moved);
            _metrics.HttpDelivered.Inc(lines.Count);
        }
    }

    /// <summary>The committed alert lines after the cursor (moving it to the next file at a file's end), and their byte count.</summary>
    private (List<byte[]> Lines, long Bytes) ReadAvailable()
    {
        var committed = _pipeline.Committed.Alerts!;
        var lines = new List<byte[]>();
        while (true)
        {
            var path = _pipeline.AlertFiles.PathOf(_cursor.Seq);
            if (_cursor.Seq > committed.Seq)
            {
                return (lines, 0);
            }
            if (!File.Exists(path))
            {
                if (_cursor.Seq >= committed.Seq)
                {
                    return (lines, 0);
                }
                Volatile.Write(ref _cursor, new HttpSinkCursor(_cursor.Seq + 1, 0));
                continue;
            }
            var readable = _cursor.Seq == committed.Seq ? committed.Length : new FileInfo(path).Length;
            if (_cursor.Offset >= readable)
            {
                if (_cursor.Seq == committed.Seq)
                {
                    return (lines, 0);
                }
                Volatile.Write(ref _cursor, new HttpSinkCursor(_cursor.Seq + 1, 0));
                continue;
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.Position = _cursor.Offset;
            var buffer = new byte[Math.Min(readable - _cursor.Offset, 8L << 20)];
            stream.ReadExactly(buffer);
            long bytes = 0;
            var rest = buffer.AsSpan();
            while (lines.Count < _options.MaxAlertsPerPost && rest.IndexOf((byte)'\n') is var nl and >= 0)
            {
                lines.Add(rest.Slice(0, nl).ToArray());
                bytes += nl + 1;
                rest = rest.Slice(nl + 1);
            }
            return (lines, bytes);
        }
    }

    private async Task DeliverAsync(List<byte[]> lines, CancellationToken token)
    {
        var body = new MemoryStream();
        body.WriteByte((byte)'[');
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                body.WriteByte((byte)',');
            }
            body.Write(lines[i]);
        }
        body.WriteByte((byte)']');
        var payload = body.ToArray();
        var backoff = _options.InitialBackoff;
        while (true)
        {
            string failure;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, _options.Url) { Content = new ByteArrayContent(payload) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                if (_options.BearerToken is { } bearer)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
                }
                using var response = await _client.SendAsync(request, token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
                failure = $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !token.IsCancellationRequested)
            {
                failure = ex.Message;
            }
            _metrics.SinkErrors.WithLabels("http").Inc();
            _metrics.SinkRetries.WithLabels("http").Inc();
            _logger.LogWarning("http sink: {Url}: {Failure}; retrying in {Delay} ms", _options.Url, failure, (int)backoff.TotalMilliseconds);
            // Full jitter on the upper half: many servers restarting together do not retry in step.
            var delay = backoff * (0.5 + Random.Shared.NextDouble() / 2);
            await Task.Delay(delay, token).ConfigureAwait(false);
            backoff = TimeSpan.FromTicks(Math.Min(_options.MaxBackoff.Ticks, backoff.Ticks * 2));
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _stop.Dispose();
    }
}
