using System.Net;

namespace PolicyKit.Serve.Security;

/// <summary>An address and port to listen on, parsed from "HOST:PORT" ("127.0.0.1:9443", "[::1]:8080", "0.0.0.0:9443").</summary>
public sealed record ListenAddress(IPAddress Address, int Port)
{
    public static ListenAddress Parse(string text, string option)
    {
        if (!IPEndPoint.TryParse(text, out var endpoint) || text.LastIndexOf(':') < 0 || text.EndsWith(']'))
        {
            throw new ServeConfigurationException($"{option} {text}: write it as ADDRESS:PORT (127.0.0.1:8080, [::1]:8080, 0.0.0.0:9443)");
        }
        return new ListenAddress(endpoint.Address, endpoint.Port);
    }

    /// <summary>Plain HTTP carries the cluster's audit trail in clear: only on a loopback address, never on a network.</summary>
    public static ListenAddress ParseInsecure(string text)
    {
        var address = Parse(text, "--insecure-listen");
        if (!IPAddress.IsLoopback(address.Address))
        {
            throw new ServeConfigurationException($"--insecure-listen {text}: plain HTTP is allowed on a loopback address only (127.0.0.1, [::1]); use --listen with --tls-cert and --tls-key");
        }
        return address;
    }
}
