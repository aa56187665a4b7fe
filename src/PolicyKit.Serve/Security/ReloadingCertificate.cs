using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PolicyKit.Serve.Security;

/// <summary>
/// The server certificate from PEM files (certificate chain and key), reloaded when either file changes: checked on
/// each new TLS connection, at most once per <see cref="CheckInterval"/>, by modification time and size. A pair that
/// does not load (half-written during a rotation) keeps the previous certificate until the next check.
/// </summary>
public sealed class ReloadingCertificate
{
    private readonly string _certPath;
    private readonly string _keyPath;
    private readonly object _gate = new();
    private X509Certificate2 _current;
    private (DateTime, long, DateTime, long) _stamp;
    private DateTime _nextCheck;

    public ReloadingCertificate(string certPath, string keyPath)
    {
        _certPath = certPath;
        _keyPath = keyPath;
        _stamp = Stamp();
        _current = Load() ?? throw new ServeConfigurationException($"--tls-cert {certPath} / --tls-key {keyPath}: {_lastError}");
    }

    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Times the certificate was replaced since start.</summary>
    public int Reloads { get; private set; }

    private string _lastError = "";

    public X509Certificate2 Current
    {
        get
        {
            lock (_gate)
            {
                var now = DateTime.UtcNow;
                if (now >= _nextCheck)
                {
                    _nextCheck = now + CheckInterval;
                    var stamp = Stamp();
                    if (stamp != _stamp && Load() is { } fresh)
                    {
                        _stamp = stamp;
                        _current = fresh;
                        Reloads++;
                    }
                }
                return _current;
            }
        }
    }

    private (DateTime, long, DateTime, long) Stamp()
    {
        var c = new FileInfo(_certPath);
        var k = new FileInfo(_keyPath);
        return (c.Exists ? c.LastWriteTimeUtc : default, c.Exists ? c.Length : -1, k.Exists ? k.LastWriteTimeUtc : default, k.Exists ? k.Length : -1);
    }

    private X509Certificate2? Load()
    {
        try
        {
            using var pem = X509Certificate2.CreateFromPemFile(_certPath, _keyPath);
            // Re-imported: an ephemeral PEM key cannot be used by SslStream on every platform.
            return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            _lastError = ex.Message;
            return null;
        }
    }
}
