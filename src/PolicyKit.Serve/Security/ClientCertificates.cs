using System;
using System.IO;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PolicyKit.Serve.Security;

/// <summary>
/// Client certificates are accepted when they chain to the CA bundle given (--client-ca; the CA that signed the
/// apiserver's webhook client certificate), and to nothing else: the system's roots are not consulted.
/// </summary>
public sealed class ClientCertificates
{
    private readonly X509Certificate2Collection _authorities = new();

    public ClientCertificates(string caBundlePath)
    {
        try
        {
            _authorities.ImportFromPemFile(caBundlePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new ServeConfigurationException($"--client-ca {caBundlePath}: cannot read: {ex.Message}");
        }
        if (_authorities.Count == 0)
        {
            throw new ServeConfigurationException($"--client-ca {caBundlePath}: holds no PEM certificate");
        }
    }

    /// <summary>Kestrel's validation callback: the chain is built against the bundle only.</summary>
    public bool Validate(X509Certificate2 certificate, X509Chain? _, SslPolicyErrors __)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid("1.3.6.1.5.5.7.3.2"));
        return chain.Build(certificate);
    }
}
