using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PolicyKit.Serve.Journal;
using PolicyKit.Serve.Operations;
using PolicyKit.Serve.Pipeline;
using PolicyKit.Serve.Receiving;
using PolicyKit.Serve.Security;
using PolicyKit.Serve.Sinks;
using Prometheus;

namespace PolicyKit.Serve;

/// <summary>
/// The running server: Kestrel with the webhook path, health, readiness and metrics; the journal; the pipeline and
/// sinks behind it. Stopping stops the listener first (in-flight batches finish and are acknowledged), then lets
/// the pipeline process everything acknowledged and commit, then closes the journal.
/// </summary>
public sealed class ServeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SegmentedJournal _journal;
    private readonly PipelineRunner _pipeline;
    private readonly HttpAlertSink? _httpSink;
    private readonly Timer? _fsyncTimer;
    private volatile bool _stopping;
    private bool _stopped;

    private ServeServer(WebApplication app, SegmentedJournal journal, PipelineRunner pipeline, HttpAlertSink? httpSink, Timer? fsyncTimer, ServeMetrics metrics)
    {
        _app = app;
        _journal = journal;
        _pipeline = pipeline;
        _httpSink = httpSink;
        _fsyncTimer = fsyncTimer;
        Metrics = metrics;
    }

    public ServeMetrics Metrics { get; }

    internal SegmentedJournal Journal => _journal;

    internal PipelineRunner Pipeline => _pipeline;

    internal HttpAlertSink? HttpSink => _httpSink;

    /// <summary>Ready: the journal is recovered and the pipeline runs (and the server is not stopping).</summary>
    public bool IsReady => !_stopping && _pipeline.Running;

    /// <summary>The addresses Kestrel listens on (with the ports it picked for port 0).</summary>
    public IReadOnlyList<Uri> Addresses
        => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();

    /// <summary>Checks the settings, opens (and recovers) the journal, restores the outputs, and builds the web host.</summary>
    public static ServeServer Create(ServeOptions options, ServeRules rules)
    {
        if (options.Listen is null && options.InsecureListen is null)
        {
            throw new ServeConfigurationException("nothing to listen on: give --listen ADDRESS:PORT with --tls-cert and --tls-key, or --insecure-listen 127.0.0.1:PORT");
        }
        if (options.Listen is not null && (options.TlsCertFile is null || options.TlsKeyFile is null))
        {
            throw new ServeConfigurationException("--listen serves HTTPS: give --tls-cert and --tls-key (or --insecure-listen on loopback for plain HTTP)");
        }
        if (options.InsecureListen is { } plain && !System.Net.IPAddress.IsLoopback(plain.Address))
        {
            throw new ServeConfigurationException("--insecure-listen: plain HTTP is allowed on a loopback address only");
        }
        if (options.ClientCaFile is not null && options.Listen is null)
        {
            throw new ServeConfigurationException("--client-ca needs TLS (--listen with --tls-cert and --tls-key): client certificates come with the TLS handshake");
        }
        if (!options.Path.StartsWith('/'))
        {
            throw new ServeConfigurationException($"--path {options.Path}: a path starts with /");
        }
        var certificate = options.Listen is null ? null : new ReloadingCertificate(options.TlsCertFile!, options.TlsKeyFile!);
        var clientCerts = options.ClientCaFile is null ? null : new ClientCertificates(options.ClientCaFile);
        var token = options.TokenFile is null ? null : BearerToken.FromFile(options.TokenFile);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseKestrelHttpsConfiguration();
        ConfigureLogging(builder.Logging, options.JsonLogs);
        builder.Host.ConfigureHostOptions(o => o.ShutdownTimeout = TimeSpan.FromSeconds(options.ShutdownTimeoutSeconds));
        builder.WebHost.ConfigureKestrel(k => ConfigureKestrel(k, options, certificate, clientCerts));
        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("policykit.serve");

        var metrics = new ServeMetrics();
        var journal = SegmentedJournal.Open(options.Journal);
        if (journal.RecoveredTornBytes > 0)
        {
            logger.LogWarning("journal recovered: cut a torn tail of {Bytes} bytes (an append interrupted by a crash, never acknowledged)", journal.RecoveredTornBytes);
        }
        PipelineRunner pipeline;
        try
        {
            pipeline = new PipelineRunner(journal, rules, options.Pipeline, metrics, logger);
        }
        catch
        {
            journal.Dispose();
            throw;
        }
        var sink = options.HttpSink is null ? null : new HttpAlertSink(options.HttpSink, pipeline, options.Pipeline.OutputDirectory, metrics, logger);
        var timer = options.Journal.Fsync == FsyncPolicy.Interval
            ? new Timer(_ => journal.FlushNow(), null, options.Journal.FsyncIntervalMilliseconds, options.Journal.FsyncIntervalMilliseconds)
            : null;
        var server = new ServeServer(app, journal, pipeline, sink, timer, metrics);
        server.MapEndpoints(options, token, clientCerts is not null, logger);
        return server;
    }

    private void MapEndpoints(ServeOptions options, BearerToken? token, bool clientCerts, ILogger logger)
    {
        var endpoint = new AuditEndpoint(_journal, options.Limits, Metrics, logger);
        var authentication = new RequestAuthentication(token, clientCerts);
        _app.MapPost(options.Path, context => authentication.Admit(context, Metrics) ? endpoint.HandleAsync(context) : RequestAuthentication.RefuseAsync(context));
        _app.MapGet("/healthz", () => Results.Text("ok\n"));
        _app.MapGet("/readyz", () => IsReady ? Results.Text("ready\n") : Results.Text("not ready\n", statusCode: StatusCodes.Status503ServiceUnavailable));
        _app.MapMetrics("/metrics", Metrics.Registry);
    }

    private static void ConfigureLogging(ILoggingBuilder logging, bool json)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting", LogLevel.Warning);
        if (json)
        {
            logging.AddJsonConsole();
        }
        else
        {
            logging.AddSimpleConsole(o => o.SingleLine = true);
        }
        // Standard output may carry alerts (--alerts-stdout): every log line goes to standard error.
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    private static void ConfigureKestrel(KestrelServerOptions k, ServeOptions options, ReloadingCertificate? certificate, ClientCertificates? clientCerts)
    {
        var limits = options.Limits;
        k.AddServerHeader = false;
        k.Limits.MaxRequestBodySize = limits.MaxRequestBytes;
        k.Limits.MaxRequestHeadersTotalSize = limits.MaxHeaderBytes;
        k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.HeadersTimeoutSeconds);
        k.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(limits.KeepAliveTimeoutSeconds);
        k.Limits.MinRequestBodyDataRate = new MinDataRate(limits.MinBodyBytesPerSecond, TimeSpan.FromSeconds(5));
        if (options.Listen is { } tls)
        {
            k.Listen(tls.Address, tls.Port, listen => listen.UseHttps(https =>
            {
                https.ServerCertificateSelector = (_, _) => certificate!.Current;
                if (clientCerts is not null)
                {
                    // Allowed, not required: a request without one gets a 401 it can read, not a failed handshake.
                    https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                    https.ClientCertificateValidation = clientCerts.Validate;
                }
            }));
        }
        if (options.InsecureListen is { } plain)
        {
            k.Listen(plain.Address, plain.Port);
        }
    }

    public async Task StartAsync(CancellationToken cancel = default)
    {
        _pipeline.Start();
        _httpSink?.Start();
        await _app.StartAsync(cancel).ConfigureAwait(false);
    }

    /// <summary>Waits for SIGTERM or Ctrl+C.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancel = default) => _app.WaitForShutdownAsync(cancel);

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        _stopping = true;
        await _app.StopAsync().ConfigureAwait(false);
        await _pipeline.StopAsync().ConfigureAwait(false);
        if (_httpSink is not null)
        {
            await _httpSink.StopAsync().ConfigureAwait(false);
        }
        if (_fsyncTimer is not null)
        {
            await _fsyncTimer.DisposeAsync().ConfigureAwait(false);
        }
        _journal.Dispose();
        _pipeline.Dispose();
        _httpSink?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
