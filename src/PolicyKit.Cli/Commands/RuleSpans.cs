using System;
using System.Linq;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary>Where each rule is in its file: the first and last line of its nodes (import's comments, lint's suppressions).</summary>
internal static class RuleSpans
{
    /// <summary>The first and last line of rule i, or (0, 0) when the file has no position for it.</summary>
    public static (int First, int Last) Of(PolicyDocument document, int i)
    {
        var prefix = $"rules[{i}]";
        var lines = document.Locations.Where(kv => kv.Key == prefix || kv.Key.StartsWith(prefix + ".", StringComparison.Ordinal) || kv.Key.StartsWith(prefix + "[", StringComparison.Ordinal))
            .Select(kv => kv.Value.Line).ToList();
        return lines.Count == 0 ? (0, 0) : (lines.Min(), lines.Max());
    }
}
