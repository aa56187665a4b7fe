using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using System.Diagnostics;
using System.Net.Http.Headers;

namespace PolicyKit.Serve.Load;

/// <summary>What a load run measured: acknowledged events, failures, and acknowledgement latencies.</summary>
public sealed record LoadResult(long AckedEvents, long AckedBatches, long Failures, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs)
{
    public double EventsPerSecond => AckedEvents / Elapsed.TotalSeconds;

    public override string ToString()
        => $"{AckedEvents:N0} events acknowledged in {Elapsed.TotalSeconds:F1} s = {EventsPerSecond:N0} events/s; latency p50 {P50Ms:F1} ms, p99 {P99Ms:F1} ms, max {MaxMs:F1} ms; {Failures} failed requests";
}

/// <summary>
/// Posts webhook batches to a server over a few keep-alive connections, as the apiserver's batching webhook does:
/// paced at a target rate (each connection sends on a fixed schedule; latency counted from the scheduled time, so a
/// slow server cannot hide its queue), or as fast as acknowledgements come back (rate 0). Bounded by its duration.
/// </summary>
public static class LoadClient
{
    public static async Task<LoadResult> RunAsync(Uri url, LoadBatches batches, double eventsPerSecond, TimeSpan duration, int connections, CancellationToken cancel = default)
    {
        var latencies = new List<double>[connections];
        long acked = 0, ackedBatches = 0, failures = 0;
        var clock = Stopwatch.StartNew();
        var interval = eventsPerSecond > 0 ? TimeSpan.FromSeconds(batches.EventsPerBatch * connections / eventsPerSecond) : TimeSpan.Zero;
        var workers = Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { Timeout = TimeSpan.FromSeconds(30) };
            var mine = latencies[c] = new List<double>();
            // Connections start spread over one interval, not all at once.
            var due = interval * c / connections;
            while (clock.Elapsed < duration && !cancel.IsCancellationRequested)
            {
                if (interval > TimeSpan.Zero)
                {
                    var wait = due - clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, cancel);
                    }
                }
                var body = batches.Next();
                var start = interval > TimeSpan.Zero ? due : clock.Elapsed;
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                try
                {
                    using var response = await client.PostAsync(url, content, cancel);
                    if (response.IsSuccessStatusCode)
                    {
                        Interlocked.Add(ref acked, batches.EventsPerBatch);
                        Interlocked.Increment(ref ackedBatches);
                        mine.Add((clock.Elapsed - start).TotalMilliseconds);
                    }
                    else
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
                due += interval;
            }
        }, cancel)).ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double At(double q) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)(q * all.Length))];
        return new LoadResult(acked, ackedBatches, failures, elapsed, At(0.50), At(0.99), all.Length == 0 ? double.NaN : all[^1]);
    }
}
