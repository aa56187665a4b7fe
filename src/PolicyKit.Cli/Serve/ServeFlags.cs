using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using PolicyKit.Serve;
using PolicyKit.Serve.Config;
using PolicyKit.Serve.Journal;
using PolicyKit.Serve.Pipeline;
using PolicyKit.Serve.Receiving;
using PolicyKit.Serve.Security;
using PolicyKit.Serve.Sinks;

namespace PolicyKit.Cli.Serve;

/// <summary>The flags of <c>policykit serve</c> (the config file's keys are the same names) and the options they make.</summary>
internal sealed class ServeFlags
{
    public Option<string?> Config { get; } = new("--config") { Description = "A YAML or JSON file of settings: flag names without -- as keys. Flags given on the command line win.", HelpName = "FILE" };

    public Option<string?> Listen { get; } = new("--listen") { Description = "Serve HTTPS on ADDRESS:PORT (needs --tls-cert and --tls-key), e.g. 0.0.0.0:9443.", HelpName = "ADDRESS:PORT" };

    public Option<string?> InsecureListen { get; } = new("--insecure-listen") { Description = "Serve plain HTTP on a loopback ADDRESS:PORT (127.0.0.1:8080): a sidecar beside the apiserver, tests.", HelpName = "ADDRESS:PORT" };

    public Option<string?> TlsCert { get; } = new("--tls-cert") { Description = "The server certificate chain (PEM); reloaded when it changes.", HelpName = "FILE" };

    public Option<string?> TlsKey { get; } = new("--tls-key") { Description = "The server certificate's private key (PEM); reloaded when it changes.", HelpName = "FILE" };

    public Option<string?> ClientCa { get; } = new("--client-ca") { Description = "Accept clients whose TLS certificate chains to this CA bundle (PEM): the apiserver's webhook kubeconfig carries one.", HelpName = "FILE" };

    public Option<string?> TokenFile { get; } = new("--token-file") { Description = "Accept clients that send this bearer token (the file's content).", HelpName = "FILE" };

    public Option<string> Path { get; } = new("--path") { Description = "The path the apiserver posts to.", HelpName = "PATH", DefaultValueFactory = _ => "/" };

    public Option<string?> DataDir { get; } = new("--data-dir") { Description = "Where the journal, the outputs and the cursors live (required).", HelpName = "DIR" };

    public Option<string?> OutputDir { get; } = new("--output-dir") { Description = "Where alerts-*.jsonl and events-*.jsonl go. Default: DATA-DIR/out.", HelpName = "DIR" };

    public Option<bool> WriteEvents { get; } = new("--write-events") { Description = "Write events to events-*.jsonl: those the policy keeps, or every event without --policy/--assembly (on with a policy)." };

    public Option<bool> AlertsStdout { get; } = new("--alerts-stdout") { Description = "Also print each alert on standard output (at least once: a restart may repeat the last ones)." };

    public Option<string> Fsync { get; } = new("--fsync") { Description = "batch: fsync before each acknowledgement (concurrent batches share one); interval: acknowledge once written, fsync every --fsync-interval-ms.", HelpName = "POLICY", DefaultValueFactory = _ => "batch" };

    public Option<int> FsyncIntervalMs { get; } = new("--fsync-interval-ms") { Description = "With --fsync interval: how often the journal is fsynced.", HelpName = "MS", DefaultValueFactory = _ => 1000 };

    public Option<string> JournalBudget { get; } = new("--journal-budget") { Description = "The most disk the journal may take (bytes, or 512MiB, 2GiB).", HelpName = "SIZE", DefaultValueFactory = _ => "2GiB" };

    public Option<string> JournalSegment { get; } = new("--journal-segment") { Description = "The size of one journal segment file.", HelpName = "SIZE", DefaultValueFactory = _ => "64MiB" };

    public Option<string> WhenFull { get; } = new("--when-full") { Description = "When the journal is at its budget: back-pressure (503 with Retry-After; nothing lost) or drop-oldest (oldest undelivered segments deleted, counted).", HelpName = "POLICY", DefaultValueFactory = _ => "back-pressure" };

    public Option<string> MaxRequest { get; } = new("--max-request") { Description = "The largest request body as sent (413 beyond).", HelpName = "SIZE", DefaultValueFactory = _ => "32MiB" };

    public Option<string> MaxBody { get; } = new("--max-body") { Description = "The largest body once gunzipped (413 beyond).", HelpName = "SIZE", DefaultValueFactory = _ => "128MiB" };

    public Option<int> MaxBatchEvents { get; } = new("--max-batch-events") { Description = "The most events one EventList may hold (400 beyond).", HelpName = "N", DefaultValueFactory = _ => 10_000 };

    public Option<int> MaxDepth { get; } = new("--max-depth") { Description = "The deepest JSON nesting accepted (400 beyond).", HelpName = "N", DefaultValueFactory = _ => PolicyKit.Events.ReadLimits.MaxDepth };

    public Option<string> MaxHeaders { get; } = new("--max-headers") { Description = "The largest request header section (431 beyond).", HelpName = "SIZE", DefaultValueFactory = _ => "32KiB" };

    public Option<string> RotateSize { get; } = new("--rotate-size") { Description = "Start a new alerts/events file once one holds this much.", HelpName = "SIZE", DefaultValueFactory = _ => "128MiB" };

    public Option<int> KeepFiles { get; } = new("--keep-files") { Description = "Rotated files kept per output (files the HTTP sink has not delivered are kept anyway).", HelpName = "N", DefaultValueFactory = _ => 10 };

    public Option<int> DedupWindow { get; } = new("--dedup-window") { Description = "Re-sent events are recognised among this many recent (auditID, stage) pairs.", HelpName = "N", DefaultValueFactory = _ => 200_000 };

    public Option<string?> HttpSink { get; } = new("--http-sink") { Description = "POST alerts as JSON arrays to this URL, retried with backoff; they wait on disk while it is down.", HelpName = "URL" };

    public Option<string?> HttpSinkTokenFile { get; } = new("--http-sink-token-file") { Description = "A bearer token for --http-sink (the file's content).", HelpName = "FILE" };

    public Option<string> LogFormat { get; } = new("--log-format") { Description = "Logs on standard error: text or json.", HelpName = "FORMAT", DefaultValueFactory = _ => "text" };

    public Option<int> ShutdownTimeout { get; } = new("--shutdown-timeout") { Description = "Seconds a stop waits for in-flight batches.", HelpName = "SECONDS", DefaultValueFactory = _ => 30 };

    public ServeFlags()
    {
        Fsync.AcceptOnlyFromAmong("batch", "interval");
        WhenFull.AcceptOnlyFromAmong("back-pressure", "drop-oldest");
        LogFormat.AcceptOnlyFromAmong("text", "json");
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
        {
            Config, Listen, InsecureListen, TlsCert, TlsKey, ClientCa, TokenFile, Path, DataDir, OutputDir, WriteEvents, AlertsStdout,
            Fsync, FsyncIntervalMs, JournalBudget, JournalSegment, WhenFull, MaxRequest, MaxBody, MaxBatchEvents, MaxDepth, MaxHeaders,
            RotateSize, KeepFiles, DedupWindow, HttpSink, HttpSinkTokenFile, LogFormat, ShutdownTimeout,
        })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The server's options from the parsed flags; a bad value is a <see cref="ServeConfigurationException"/> naming its flag.</summary>
    public ServeOptions Options(ParseResult parse)
    {
        var dataDir = parse.GetValue(DataDir) ?? throw new ServeConfigurationException("--data-dir DIR is required: the journal that makes acknowledgements durable lives there");
        var listen = parse.GetValue(Listen);
        var insecure = parse.GetValue(InsecureListen);
        return new ServeOptions
        {
            Listen = listen is null ? null : ListenAddress.Parse(listen, "--listen"),
            InsecureListen = insecure is null ? null : ListenAddress.ParseInsecure(insecure),
            TlsCertFile = parse.GetValue(TlsCert),
            TlsKeyFile = parse.GetValue(TlsKey),
            ClientCaFile = parse.GetValue(ClientCa),
            TokenFile = parse.GetValue(TokenFile),
            Path = parse.GetValue(Path)!,
            JsonLogs = parse.GetValue(LogFormat) == "json",
            ShutdownTimeoutSeconds = Positive(parse, ShutdownTimeout),
            Limits = new ReceiverLimits
            {
                MaxRequestBytes = Size(parse, MaxRequest),
                MaxBodyBytes = Size(parse, MaxBody),
                MaxBatchEvents = Positive(parse, MaxBatchEvents),
                MaxDepth = Positive(parse, MaxDepth),
                MaxHeaderBytes = (int)Math.Min(int.MaxValue, Size(parse, MaxHeaders)),
            },
            Journal = new JournalOptions
            {
                Directory = System.IO.Path.Combine(dataDir, "journal"),
                Fsync = parse.GetValue(Fsync) == "interval" ? FsyncPolicy.Interval : FsyncPolicy.Batch,
                FsyncIntervalMilliseconds = Positive(parse, FsyncIntervalMs),
                BudgetBytes = Size(parse, JournalBudget),
                SegmentBytes = Size(parse, JournalSegment),
                WhenFull = parse.GetValue(WhenFull) == "drop-oldest" ? FullPolicy.DropOldest : FullPolicy.BackPressure,
            },
            Pipeline = new PipelineOptions
            {
                OutputDirectory = parse.GetValue(OutputDir) ?? System.IO.Path.Combine(dataDir, "out"),
                WriteEvents = parse.GetValue(WriteEvents),
                AlertsToStdout = parse.GetValue(AlertsStdout),
                RotateBytes = Size(parse, RotateSize),
                KeepFiles = Positive(parse, KeepFiles),
                DedupWindow = Positive(parse, DedupWindow),
            },
            HttpSink = HttpSinkOptions(parse),
        };
    }

    private HttpSinkOptions? HttpSinkOptions(ParseResult parse)
    {
        var url = parse.GetValue(HttpSink);
        if (url is null)
        {
            return null;
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ServeConfigurationException($"--http-sink {url}: an http:// or https:// URL is expected");
        }
        var tokenFile = parse.GetValue(HttpSinkTokenFile);
        string? token = null;
        if (tokenFile is not null)
        {
            try
            {
                token = File.ReadAllText(tokenFile).Trim();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ServeConfigurationException($"--http-sink-token-file {tokenFile}: cannot read: {ex.Message}");
            }
        }
        return new HttpSinkOptions { Url = uri, BearerToken = token };
    }

    private static long Size(ParseResult parse, Option<string> option)
    {
        var text = parse.GetValue(option)!;
        return ByteSize.TryParse(text, out var bytes) ? bytes : throw new ServeConfigurationException($"{option.Name} {text}: a size is expected (bytes, or with KiB, MiB, GiB)");
    }

    private static int Positive(ParseResult parse, Option<int> option)
    {
        var value = parse.GetValue(option);
        return value > 0 ? value : throw new ServeConfigurationException($"{option.Name} {value}: a positive number is expected");
    }
}
