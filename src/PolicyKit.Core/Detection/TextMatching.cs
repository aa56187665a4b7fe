using System;

namespace PolicyKit.Detection;

/// <summary>The string tests of rules, ordinal, shared by compiled rules and the interpreter.</summary>
public static class TextMatching
{
    public static bool Test(string subject, TextOp op, string argument) => op switch
    {
        TextOp.StartsWith => subject.StartsWith(argument, StringComparison.Ordinal),
        TextOp.EndsWith => subject.EndsWith(argument, StringComparison.Ordinal),
        TextOp.Contains => subject.IndexOf(argument, StringComparison.Ordinal) >= 0,
        TextOp.Glob => Glob(subject, argument),
        TextOp.Under => IsUnder(subject, argument),
        TextOp.PathEquals => IsPath(subject, argument),
        _ => false,
    };

    /// <summary>'*' matches any run of characters, '?' one character; everything else itself.</summary>
    public static bool Glob(string text, string pattern)
    {
        int t = 0, p = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]) && pattern[p] != '*')
            {
                t++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }

    /// <summary>
    /// The path is the directory or below it, after normalising both (<see cref="NormalisePath"/>): "//etc/",
    /// "/./etc" and "/var/log/../../etc/x" are under "/etc"; "/" holds every absolute path; a relative path
    /// (which the kubelet refuses for hostPath) is under nothing.
    /// </summary>
    public static bool IsUnder(string path, string directory)
    {
        if (!path.StartsWith("/", StringComparison.Ordinal) || !directory.StartsWith("/", StringComparison.Ordinal))
        {
            return false;
        }
        var dir = NormalisePath(directory);
        var p = NormalisePath(path);
        return dir == "/" || p == dir || p.StartsWith(dir + "/", StringComparison.Ordinal);
    }

    /// <summary>Both absolute, and the same path once normalised ("//./" is "/").</summary>
    public static bool IsPath(string path, string other)
        => path.StartsWith("/", StringComparison.Ordinal) && other.StartsWith("/", StringComparison.Ordinal) && NormalisePath(path) == NormalisePath(other);

    /// <summary>
    /// An absolute path with repeated '/', "." and trailing '/' removed and ".." applied (above "/" stays at "/"),
    /// as the kernel resolves it when the kubelet mounts a hostPath; symlinks cannot be seen and are not followed.
    /// </summary>
    public static string NormalisePath(string path)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                continue;
            }
            parts.Add(part);
        }
        return "/" + string.Join("/", parts);
    }
}
