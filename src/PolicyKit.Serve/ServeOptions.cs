using PolicyKit.Serve.Journal;
using PolicyKit.Serve.Pipeline;
using PolicyKit.Serve.Receiving;
using PolicyKit.Serve.Security;
using PolicyKit.Serve.Sinks;

namespace PolicyKit.Serve;

/// <summary>Everything <c>policykit serve</c> is told (flags and the config file, merged by the CLI); docs/serve.md lists them.</summary>
public sealed record ServeOptions
{
    /// <summary>HTTPS listener (needs <see cref="TlsCertFile"/> and <see cref="TlsKeyFile"/>).</summary>
    public ListenAddress? Listen { get; init; }

    /// <summary>Plain HTTP listener, loopback only.</summary>
    public ListenAddress? InsecureListen { get; init; }

    public string? TlsCertFile { get; init; }

    public string? TlsKeyFile { get; init; }

    /// <summary>CA bundle that client certificates must chain to.</summary>
    public string? ClientCaFile { get; init; }

    /// <summary>A file holding the bearer token clients must send.</summary>
    public string? TokenFile { get; init; }

    /// <summary>The path the apiserver posts to.</summary>
    public string Path { get; init; } = "/";

    public ReceiverLimits Limits { get; init; } = new();

    public required JournalOptions Journal { get; init; }

    public required PipelineOptions Pipeline { get; init; }

    public HttpSinkOptions? HttpSink { get; init; }

    /// <summary>Structured logs as JSON lines (otherwise one text line per message), on standard error.</summary>
    public bool JsonLogs { get; init; }

    /// <summary>How long a stop waits for in-flight batches.</summary>
    public int ShutdownTimeoutSeconds { get; init; } = 30;
}
