using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using PolicyKit.Serve.Load;

namespace PolicyKit.Benchmarks;

/// <summary>
/// <c>serve-load</c>: runs <c>policykit serve</c> (built-in detections on) as a child process on a loopback port and
/// measures it with the load client, in the order docs/benchmarks.md reports: a paced run at --paced events/s
/// (acknowledgement latency), then runs as fast as acknowledgements come back over --connections (throughput; the
/// pipeline's drain time counts). Bounded by --seconds per run; everything stops by itself.
/// </summary>
internal static class ServeLoad
{
    public static int Run(string[] args)
    {
        var seconds = Arg(args, "--seconds", 15);
        var batch = Arg(args, "--batch", 400);
        var paced = Arg(args, "--paced", 10_000);
        var connections = Arg(args, "--connections", 8);
        var writeEvents = args.Contains("--write-events");
        var fsync = args.Contains("--fsync-interval") ? "interval" : "batch";
        var lines = File.ReadLines(Fixtures.Events("immudb/k8s-metadata.jsonl"))
            .Concat(Directory.GetFiles(Fixtures.Events("falco-traces"), "*.json").Where(f => !f.EndsWith("fal_01_003.json", StringComparison.Ordinal)).SelectMany(File.ReadLines));
        var batches = new LoadBatches(lines, batch);
        var data = Path.Combine(Path.GetTempPath(), "pk-serve-load-" + Guid.NewGuid().ToString("N"));
        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}/");
        Console.WriteLine($"policykit serve on {url} (built-in detections, --fsync {fsync}{(writeEvents ? ", --write-events" : "")}); batches of {batch} events, ~{batches.AverageBytes / 1024} KiB; {Environment.ProcessorCount} cores; load average {LoadAverage()}");
        using var server = StartServer(port, data, writeEvents, fsync);
        try
        {
            WaitReady(url);
            Measure("warm-up (discarded)", url, batches, 0, TimeSpan.FromSeconds(3), connections);
            Measure($"paced at {paced:N0} events/s", url, batches, paced, TimeSpan.FromSeconds(seconds), Math.Max(2, connections / 2));
            Measure($"as fast as acknowledged, {connections} connections", url, batches, 0, TimeSpan.FromSeconds(seconds), connections);
            Console.WriteLine($"load average after: {LoadAverage()}");
        }
        finally
        {
            server.Kill();
            server.WaitForExit();
            Directory.Delete(data, recursive: true);
        }
        return 0;
    }

    private static void Measure(string what, Uri url, LoadBatches batches, double rate, TimeSpan duration, int connections)
    {
        var before = Processed(url);
        var clock = Stopwatch.StartNew();
        var result = LoadClient.RunAsync(url, batches, rate, duration, connections).GetAwaiter().GetResult();
        // Sustained: until the pipeline processed everything acknowledged (detections ran on every event).
        while (Processed(url) - before < result.AckedEvents && clock.Elapsed < duration * 4)
        {
            Thread.Sleep(20);
        }
        var drained = clock.Elapsed;
        var processed = Processed(url) - before;
        Console.WriteLine($"{what}: {result}; pipeline processed {processed:N0} events by {drained.TotalSeconds:F1} s = {processed / drained.TotalSeconds:N0} events/s sustained");
    }

    private static Process StartServer(int port, string data, bool writeEvents, string fsync)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "PolicyKit.Cli.dll"), "serve", "--insecure-listen", $"127.0.0.1:{port}", "--data-dir", data, "--fsync", fsync }
            .Concat(writeEvents ? ["--write-events"] : []))
        {
            start.ArgumentList.Add(a);
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void WaitReady(Uri url)
    {
        using var client = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if (client.GetAsync(new Uri(url, "/readyz")).GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Starting.
            }
            Thread.Sleep(100);
        }
        throw new InvalidOperationException("policykit serve was not ready within 30 s");
    }

    private static long Processed(Uri url)
    {
        using var client = new HttpClient();
        var text = client.GetStringAsync(new Uri(url, "/metrics")).GetAwaiter().GetResult();
        long total = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("policykit_serve_processed_events_total ", StringComparison.Ordinal) || line.StartsWith("policykit_serve_duplicate_events_total ", StringComparison.Ordinal))
            {
                total += (long)double.Parse(line.Substring(line.IndexOf(' ') + 1), CultureInfo.InvariantCulture);
            }
        }
        return total;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
