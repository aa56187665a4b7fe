using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;

namespace PolicyKit.Cli.Sarif;

/// <summary>
/// What SARIF says about a rule beyond its title: the pages of docs/rules, embedded in this assembly, so the
/// SARIF rule's full description and help are the documentation itself (one text, never two drifting copies).
/// </summary>
internal static class RuleHelp
{
    private static readonly ConcurrentDictionary<string, string?> Pages = new(StringComparer.Ordinal);

    /// <summary>docs/rules/ID.md, or null for an id without a page (the apiserver's own errors, YAML errors).</summary>
    public static string? Page(string id) => Pages.GetOrAdd(id, static id =>
    {
        using var stream = typeof(RuleHelp).Assembly.GetManifestResourceStream("rules/" + id + ".md");
        return stream is null ? null : new StreamReader(stream).ReadToEnd().Replace("\r\n", "\n");
    });

    /// <summary>The first paragraph of the page's section (e.g. "What"), its lines joined; null when there is none.</summary>
    public static string? Section(string id, string heading)
    {
        var page = Page(id);
        var start = page?.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal) ?? -1;
        if (start < 0)
        {
            return null;
        }
        var lines = page!.Substring(start + heading.Length + 5).Split('\n')
            .SkipWhile(l => l.Trim().Length == 0)
            .TakeWhile(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Trim());
        var text = string.Join(" ", lines);
        // "... Per request, exactly:" introduces a table or list, which plain text cannot show: end before it.
        var lastSentence = text.LastIndexOf(". ", StringComparison.Ordinal);
        if (text.EndsWith(':') && lastSentence > 0)
        {
            text = text.Substring(0, lastSentence + 1);
        }
        return text.Length == 0 ? null : text;
    }
}
