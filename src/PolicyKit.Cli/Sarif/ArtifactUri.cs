using System;
using System.IO;
using System.Linq;

namespace PolicyKit.Cli.Sarif;

/// <summary>
/// SARIF artifact locations as URIs (SARIF 2.1.0 §3.4.3): a file under the current directory relative to the
/// <c>%SRCROOT%</c> base (what GitHub code scanning resolves against the checkout), any other as an absolute
/// <c>file://</c> URI. Every path segment is percent-encoded: '#', '?', spaces and non-ASCII (as UTF-8).
/// </summary>
internal static class ArtifactUri
{
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>The URI of the current directory, with a trailing slash (the value of <see cref="SourceRoot"/>).</summary>
    public static string Root(string currentDirectory) => Absolute(Path.TrimEndingDirectorySeparator(currentDirectory)) + "/";

    /// <summary>The file's URI, and the base it is relative to (null for an absolute URI).</summary>
    public static (string Uri, string? BaseId) Of(string file, string currentDirectory)
    {
        var full = Path.GetFullPath(file, currentDirectory);
        var relative = Path.GetRelativePath(currentDirectory, full);
        if (relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative))
        {
            return (Escape(relative), SourceRoot);
        }
        return (Absolute(full), null);
    }

    private static string Absolute(string full)
    {
        var path = Escape(full);
        // file:///C:/x on Windows, file:///x elsewhere.
        return "file://" + (path.StartsWith('/') ? "" : "/") + path;
    }

    private static string Escape(string path)
        => string.Join("/", path.Replace('\\', '/').Split('/').Select(segment => segment.Length == 2 && segment[1] == ':' ? segment : Uri.EscapeDataString(segment)));
}
