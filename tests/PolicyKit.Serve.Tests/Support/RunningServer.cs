using System.Net.Http.Headers;
using PolicyKit.Detections;
using PolicyKit.Serve.Journal;
using PolicyKit.Serve.Pipeline;

namespace PolicyKit.Serve.Tests.Support;

/// <summary>A real server on 127.0.0.1 (port 0, plain HTTP unless the options say otherwise) in a temporary folder.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(ServeServer server, string directory, ServeOptions options)
    {
        Server = server;
        Directory = directory;
        Options = options;
        var address = server.Addresses[0];
        Client = new HttpClient { BaseAddress = address };
    }

    public ServeServer Server { get; }

    public string Directory { get; }

    public ServeOptions Options { get; }

    public HttpClient Client { get; }

    public string OutputDirectory => Options.Pipeline.OutputDirectory;

    /// <summary>Options for a server in <paramref name="directory"/>, to adjust with <c>with</c>.</summary>
    public static ServeOptions DefaultOptions(string directory) => new()
    {
        InsecureListen = new Security.ListenAddress(System.Net.IPAddress.Loopback, 0),
        Journal = new JournalOptions { Directory = Path.Combine(directory, "journal") },
        Pipeline = new PipelineOptions { OutputDirectory = Path.Combine(directory, "out"), WriteEvents = true, CommitMilliseconds = 20 },
    };

    public static Task<RunningServer> StartAsync(Func<ServeOptions, ServeOptions>? adjust = null, ServeRules? rules = null, string? directory = null)
    {
        directory ??= TempDirectory();
        var options = DefaultOptions(directory);
        options = adjust?.Invoke(options) ?? options;
        return StartAsync(options, directory, rules);
    }

    public static async Task<RunningServer> StartAsync(ServeOptions options, string directory, ServeRules? rules = null)
    {
        var server = ServeServer.Create(options, rules ?? BuiltIn);
        await server.StartAsync();
        return new RunningServer(server, directory, options);
    }

    public static ServeRules BuiltIn { get; } = new(BuiltInDetections.Detections, new PolicyKit.Detection.AllowListAdditions(), null);

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "pk-serve-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    public Task<HttpResponseMessage> PostAsync(byte[] body, string contentType = "application/json", bool gzip = false, string? bearer = null)
    {
        var content = new ByteArrayContent(gzip ? AuditBatches.Gzip(body) : body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (gzip)
        {
            content.Headers.ContentEncoding.Add("gzip");
        }
        var request = new HttpRequestMessage(HttpMethod.Post, Options.Path) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return Client.SendAsync(request);
    }

    /// <summary>Waits (bounded) until the pipeline processed everything acknowledged so far.</summary>
    public async Task DrainedAsync()
    {
        var end = Server.Journal.End;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Server.Pipeline.Committed.Position < end)
        {
            Assert.True(DateTime.UtcNow < deadline, "the pipeline did not catch up within 30 s");
            await Task.Delay(10);
        }
    }

    public IReadOnlyList<string> OutputLines(string prefix)
        => Sinks.RotatedJsonLines.Files(OutputDirectory, prefix)
            .SelectMany(n => File.ReadAllLines(Sinks.RotatedJsonLines.PathOf(OutputDirectory, prefix, n)))
            .ToList();

    /// <summary>Stops the server (as SIGTERM does) and keeps the folder, for a restart in it.</summary>
    public async Task StopAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow stop: the temp folder is cleaned later.
        }
    }
}
