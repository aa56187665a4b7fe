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

    /// <summary>The path is the directory or below it, ignoring trailing slashes; "/" holds every absolute path.</summary>
    public static bool IsUnder(string path, string directory)
    {
        var dir = directory.TrimEnd('/');
        var p = path.TrimEnd('/');
        if (dir.Length == 0)
        {
            return path.StartsWith("/", StringComparison.Ordinal) && directory.Length > 0;
        }
        return p == dir || p.StartsWith(dir + "/", StringComparison.Ordinal);
    }
}
