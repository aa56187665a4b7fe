using System;
using System.Collections.Generic;
using System.Linq;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Import;

/// <summary>
/// Assigns YAML comments to places in the C# code: before the "rules:" key → file header; on a rule's
/// lines or just above it → above that rule's statement; after the last rule → end of Define.
/// </summary>
internal sealed class CommentPlacement
{
    private readonly List<string>[] _rules;

    private CommentPlacement(int rules)
    {
        _rules = Enumerable.Range(0, rules).Select(_ => new List<string>()).ToArray();
    }

    public List<string> Header { get; } = new();

    public List<string> Trailer { get; } = new();

    public IReadOnlyList<string> ForRule(int index) => _rules[index];

    public static CommentPlacement Place(IReadOnlyList<YamlComment> comments, int ruleCount, Func<int, (int First, int Last)>? ruleLines, int rulesKeyLine)
    {
        var placement = new CommentPlacement(ruleCount);
        if (ruleLines is null || ruleCount == 0)
        {
            placement.Header.AddRange(comments.Select(c => c.Text));
            return placement;
        }
        var spans = Enumerable.Range(0, ruleCount).Select(ruleLines).ToArray();
        foreach (var comment in comments.Where(c => c.Text.Length > 0))
        {
            var inside = Array.FindIndex(spans, s => comment.Line >= s.First && comment.Line <= s.Last);
            var next = Array.FindIndex(spans, s => s.First > comment.Line);
            if (inside >= 0)
            {
                placement._rules[inside].Add(comment.Text);
            }
            else if (next == 0)
            {
                // Before the first rule: the file's header, unless it comes after "rules:".
                (comment.Line > rulesKeyLine ? placement._rules[0] : placement.Header).Add(comment.Text);
            }
            else if (next > 0)
            {
                placement._rules[next].Add(comment.Text);
            }
            else
            {
                placement.Trailer.Add(comment.Text);
            }
        }
        return placement;
    }
}
