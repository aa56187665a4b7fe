using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PolicyKit.Yaml;

/// <summary>The outcome of parsing: the first document's root, or an error at a position.</summary>
internal sealed record YamlParseResult(YamlNode? Root, string? Error, SourceLocation ErrorLocation)
{
    public IReadOnlyList<YamlComment> Comments { get; init; } = System.Array.Empty<YamlComment>();
}

/// <summary>
/// Builds <see cref="YamlNode"/> trees from YamlDotNet's event stream, enforcing <see cref="YamlLimits"/>:
/// one document only, bounded depth, bounded size after alias expansion.
/// </summary>
internal static class YamlTreeBuilder
{
    public static YamlParseResult Parse(TextReader text, YamlLimits limits)
    {
        var scanner = new Scanner(text, skipComments: false);
        var parser = new Parser(scanner);
        var comments = new List<YamlComment>();
        var anchors = new Dictionary<string, (YamlNode Node, long Size)>();
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        long rootSize = 0;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                var at = YamlNode.At(e.Start);
                switch (e)
                {
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            return new YamlParseResult(null,
                                "the file holds more than one YAML document ('---'); an audit policy file holds exactly one Policy", at);
                        }
                        break;
                    case Comment c:
                        comments.Add(new YamlComment(at.Line, c.Value.Trim(), c.IsInline));
                        break;
                    case Scalar s:
                    {
                        var node = YamlNode.Scalar(at, s.Value, s.Style == ScalarStyle.Plain && s.Tag.IsEmpty, s.Tag.IsEmpty ? null : s.Tag.Value);
                        if (Add(node, 1, s.Anchor) is { } error)
                        {
                            return new YamlParseResult(null, error, at);
                        }
                        break;
                    }
                    case AnchorAlias alias:
                    {
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            return new YamlParseResult(null, "alias *" + alias.Value.Value + " names no anchor", at);
                        }
                        if (Add(target.Node, target.Size, AnchorName.Empty) is { } error)
                        {
                            return new YamlParseResult(null, error, at);
                        }
                        break;
                    }
                    case SequenceStart ss:
                        if (stack.Count >= limits.MaxDepth)
                        {
                            return new YamlParseResult(null, $"nesting deeper than {limits.MaxDepth} levels; an audit policy is a few levels deep", at);
                        }
                        stack.Push(new Frame(YamlNode.Sequence(at), ss.Anchor));
                        break;
                    case MappingStart ms:
                        if (stack.Count >= limits.MaxDepth)
                        {
                            return new YamlParseResult(null, $"nesting deeper than {limits.MaxDepth} levels; an audit policy is a few levels deep", at);
                        }
                        stack.Push(new Frame(YamlNode.Mapping(at), ms.Anchor));
                        break;
                    case SequenceEnd or MappingEnd:
                    {
                        var frame = stack.Pop();
                        if (Add(frame.Node, frame.Size + 1, frame.Anchor) is { } error)
                        {
                            return new YamlParseResult(null, error, at);
                        }
                        break;
                    }
                }
            }
        }
        catch (YamlException ex)
        {
            // Some scanner errors (a tab as indentation) carry no position: the scanner stopped where the problem is.
            var at = ex.Start.Equals(Mark.Empty) ? YamlNode.At(scanner.CurrentPosition) : YamlNode.At(ex.Start);
            return new YamlParseResult(null, Clean(ex.Message), at);
        }
        catch (System.Exception ex) when (ex is not System.OutOfMemoryException && ThrownWithin(ex, typeof(Parser).Assembly))
        {
            // Whatever YamlDotNet itself throws on malformed input besides YamlException (e.g. "a: {\nb\n" throws
            // InvalidOperationException from its scanner) is still malformed YAML, reported where the scanner stopped;
            // exceptions from our own code here are not caught.
            return new YamlParseResult(null, "malformed YAML: the parser cannot read past this point", YamlNode.At(scanner.CurrentPosition));
        }
        return root is null
            ? new YamlParseResult(null, "the file is empty: it holds no Policy", new SourceLocation(1, 1))
            : new YamlParseResult(root, null, root.Location) { Comments = comments };

        // Attaches a finished node to its parent; size counts nodes as if aliases were expanded.
        string? Add(YamlNode node, long size, AnchorName anchor)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = (node, size);
            }
            if (stack.Count == 0)
            {
                root = node;
                rootSize = size;
                return null;
            }
            var parent = stack.Peek();
            parent.Size += size;
            if (parent.Size > limits.MaxNodes || rootSize > limits.MaxNodes)
            {
                return $"the document expands to more than {limits.MaxNodes:N0} nodes (aliases multiply what they refer to); refusing to read it";
            }
            if (parent.Node.Kind == YamlNodeKind.Sequence)
            {
                parent.Node.Items.Add(node);
            }
            else if (parent.PendingKey is null)
            {
                parent.PendingKey = node;
            }
            else
            {
                parent.Node.Entries.Add(new KeyValuePair<YamlNode, YamlNode>(parent.PendingKey, node));
                parent.PendingKey = null;
            }
            return null;
        }
    }

    /// <summary>Whether the exception came out of the given assembly's code (any frame of its stack is there).</summary>
    private static bool ThrownWithin(System.Exception ex, System.Reflection.Assembly assembly)
        => new System.Diagnostics.StackTrace(ex, false).GetFrames()?.Any(f => f.GetMethod()?.DeclaringType?.Assembly == assembly) ?? false;

        private static string Clean(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; we print the position ourselves.
        var i = message.IndexOf("): ", System.StringComparison.Ordinal);
        return i >= 0 && message.StartsWith("(Line", System.StringComparison.Ordinal) ? message.Substring(i + 3) : message;
    }

    private sealed class Frame
    {
        public Frame(YamlNode node, AnchorName anchor)
        {
            Node = node;
            Anchor = anchor;
        }

        public YamlNode Node { get; }

        public AnchorName Anchor { get; }

        public YamlNode? PendingKey { get; set; }

        public long Size { get; set; }
    }
}
