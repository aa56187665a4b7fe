using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace PolicyKit.Cli.IO;

/// <summary>
/// Directory and glob arguments, the same for every command (like conftest): <c>policies/</c> is its *.yaml and *.yml
/// files (not those of subdirectories), <c>'policies/*.yaml'</c> what the pattern matches, <c>'policies/**/*.yaml'</c>
/// also in subdirectories. Matches are sorted by path, named as the argument spelt its directory. A pattern
/// that matches nothing is an error; a path that exists is taken as it is, even with a '*' in its name.
/// </summary>
internal static class InputPatterns
{
    private static readonly string[] PolicyExtensions = [".yaml", ".yml"];

    /// <summary>The policy files an argument names; throws <see cref="InputException"/> when it names none.</summary>
    public static IReadOnlyList<string> Policies(string argument)
    {
        if (argument == InputFiles.Stdin || File.Exists(argument))
        {
            return [argument];
        }
        if (Directory.Exists(argument))
        {
            var files = Directory.EnumerateFiles(argument)
                .Where(f => PolicyExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal).ToList();
            return files.Count > 0 ? files : throw new InputException($"{argument}: is a directory without .yaml or .yml files (for its subdirectories too: '{Path.Combine(argument, "**", "*.yaml")}')");
        }
        return IsPattern(argument) ? Match(argument) : [argument];
    }

    /// <summary>The log arguments with patterns expanded; files, directories (rotated sets) and '-' are left as they are.</summary>
    public static IEnumerable<string> Logs(IEnumerable<string> arguments)
        => arguments.SelectMany(a => a == InputFiles.Stdin || File.Exists(a) || Directory.Exists(a) || !IsPattern(a) ? [a] : Match(a));

    private static bool IsPattern(string argument) => argument.Contains('*');

    /// <summary>The files a pattern matches: its directory part up to the first segment with a '*', the rest matched below it.</summary>
    private static IReadOnlyList<string> Match(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = Array.FindIndex(segments, s => s.Contains('*'));
        var root = string.Join("/", segments.Take(fixedCount));
        var rooted = pattern.StartsWith('/') ? "/" + root.TrimStart('/') : root;
        var directory = rooted.Length == 0 ? "." : rooted;
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join("/", segments.Skip(fixedCount)));
        var found = Directory.Exists(directory)
            ? matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(directory))).Files
                .Select(f => rooted.Length == 0 ? f.Path : rooted.TrimEnd('/') + "/" + f.Path)
                .Order(StringComparer.Ordinal).ToList()
            : [];
        return found.Count > 0 ? found : throw new InputException($"{pattern}: no file matches");
    }
}
