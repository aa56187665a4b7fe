using System;
using System.Globalization;
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

    /// <summary>
    /// <see cref="Of"/> for every rule, in one pass over the document's locations (a 20,000-rule file has hundreds of
    /// thousands of them: asking rule by rule was quadratic and took minutes).
    /// </summary>
    public static (int First, int Last)[] All(PolicyDocument document)
    {
        var spans = new (int First, int Last)[document.Policy?.Rules.Count ?? 0];
        foreach (var (key, location) in document.Locations)
        {
            if (RuleOf(key) is { } i && i < spans.Length)
            {
                var (first, last) = spans[i];
                spans[i] = first == 0 ? (location.Line, location.Line) : (Math.Min(first, location.Line), Math.Max(last, location.Line));
            }
        }
        return spans;
    }

    /// <summary>12 for <c>rules[12]</c>, <c>rules[12].verbs</c> or <c>rules[12][0]</c>; null for any other key.</summary>
    private static int? RuleOf(string key)
    {
        const string Start = "rules[";
        if (!key.StartsWith(Start, StringComparison.Ordinal))
        {
            return null;
        }
        var end = key.IndexOf(']', Start.Length);
        var rest = end + 1;
        return end > Start.Length && (rest == key.Length || key[rest] is '.' or '[')
               && int.TryParse(key.AsSpan(Start.Length, end - Start.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? i
            : null;
    }
}
