using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;

namespace PolicyKit.Yaml;

/// <summary>
/// Reads an audit policy from YAML or JSON the way the apiserver does (audit.k8s.io/v1 only; unknown
/// fields dropped, the last of duplicate keys kept), reporting everything the apiserver would reject,
/// everything it would silently drop, and our stricter checks — each at its line and column.
/// </summary>
public static class PolicyYamlReader
{
    public static PolicyDocument ReadFile(string path, KubernetesVersion? version = null, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        var length = new FileInfo(path).Length;
        if (length > limits.MaxBytes)
        {
            return TooLarge(length, limits);
        }
        using var stream = File.OpenRead(path);
        return Read(stream, version, limits);
    }

    /// <summary>Reads at most <see cref="YamlLimits.MaxBytes"/> from a stream (a file, stdin).</summary>
    public static PolicyDocument Read(Stream stream, KubernetesVersion? version = null, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > limits.MaxBytes)
            {
                return TooLarge(buffer.Length, limits);
            }
        }
        return Decode(buffer.ToArray(), version, limits);
    }

    /// <summary>
    /// UTF-8 (with or without a BOM), or UTF-16/32 with a BOM as the apiserver's YAML reader takes them;
    /// anything else is refused at its first byte that is not text.
    /// </summary>
    private static PolicyDocument Decode(byte[] bytes, KubernetesVersion? version, YamlLimits limits)
    {
        if (TextEncodings.DecodeWithBom(bytes) is { } unicode)
        {
            return Read(unicode, version, limits);
        }
        var text = new UTF8Encoding(false, true);
        string decoded;
        try
        {
            decoded = text.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return Failed("the file is not UTF-8 text", TextEncodings.LocationOf(bytes, ex.Index));
        }
        return Read(decoded.TrimStart('\uFEFF'), version, limits);
    }

    public static PolicyDocument Read(string text, KubernetesVersion? version = null, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        if (text.Length > limits.MaxBytes)
        {
            return TooLarge(text.Length, limits);
        }
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            return Failed("the file holds a NUL character: it is binary data, or UTF-16 without a byte order mark, not YAML text", TextEncodings.LocationOf(text, nul));
        }
        var parsed = YamlTreeBuilder.Parse(new StringReader(text), limits);
        if (parsed.Root is null)
        {
            // YamlDotNet places tab errors at the scalar or mapping before the tab; point at the tab itself.
            var at = parsed.Error!.Contains("tab") ? TextEncodings.IndentingTab(text, parsed.ErrorLocation) ?? parsed.ErrorLocation : parsed.ErrorLocation;
            return Failed(parsed.Error!, at);
        }
        var document = new PolicyDecoder(version ?? KubernetesVersion.Latest).Decode(parsed.Root);
        document.Comments = parsed.Comments;
        return document;
    }

    private static PolicyDocument TooLarge(long length, YamlLimits limits)
        => Failed($"the input is larger than {limits.MaxBytes / (1024 * 1024)} MiB ({length:N0} bytes read); audit policies are a few kilobytes, refusing to read it", new SourceLocation(1, 1));

    internal static PolicyDocument Failed(string message, SourceLocation at)
        => new(null, null, new[] { new SourceFinding(DiagnosticCatalog.Yaml.Id, DiagnosticCatalog.Yaml.DefaultSeverity, "", message, at) }, new Dictionary<string, SourceLocation>())
        {
            IsUnreadable = true,
        };
}
