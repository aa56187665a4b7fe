using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace PolicyKit.Serve.Security;

/// <summary>
/// The bearer token clients must send (read from a file, surrounding whitespace trimmed), compared in constant time:
/// both sides are hashed first, so neither the content nor the length leaks through timing.
/// </summary>
public sealed class BearerToken
{
    private readonly byte[] _hash;

    public BearerToken(string token)
    {
        if (token.Length == 0)
        {
            throw new ArgumentException("the bearer token is empty");
        }
        _hash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
    }

    public static BearerToken FromFile(string path)
    {
        try
        {
            return new BearerToken(File.ReadAllText(path).Trim());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ServeConfigurationException($"--token-file {path}: cannot read: {ex.Message}");
        }
        catch (ArgumentException)
        {
            throw new ServeConfigurationException($"--token-file {path}: the file holds no token");
        }
    }

    /// <summary>Whether an Authorization header value is "Bearer " and this token.</summary>
    public bool Accepts(string? authorization)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var offered = SHA256.HashData(Encoding.UTF8.GetBytes(authorization.Substring(scheme.Length).Trim()));
        return CryptographicOperations.FixedTimeEquals(offered, _hash);
    }
}
