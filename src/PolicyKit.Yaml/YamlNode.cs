using System.Collections.Generic;
using YamlDotNet.Core;

namespace PolicyKit.Yaml;

internal enum YamlNodeKind
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>A node of a parsed YAML document with its position. Aliases share the anchored node.</summary>
internal sealed class YamlNode
{
    private YamlNode(YamlNodeKind kind, SourceLocation location)
    {
        Kind = kind;
        Location = location;
    }

    public YamlNodeKind Kind { get; }

    public SourceLocation Location { get; }

    /// <summary>Scalar text ("" for other kinds).</summary>
    public string Value { get; private set; } = "";

    /// <summary>True for a plain (unquoted, untagged) scalar, whose type YAML resolves from its text.</summary>
    public bool IsPlain { get; private set; }

    /// <summary>Explicit tag, if any (e.g. tag:yaml.org,2002:str).</summary>
    public string? Tag { get; private set; }

    public List<YamlNode> Items { get; } = new();

    public List<KeyValuePair<YamlNode, YamlNode>> Entries { get; } = new();

    public static YamlNode Scalar(SourceLocation at, string value, bool isPlain, string? tag)
        => new(YamlNodeKind.Scalar, at) { Value = value, IsPlain = isPlain, Tag = tag };

    public static YamlNode Sequence(SourceLocation at) => new(YamlNodeKind.Sequence, at);

    public static YamlNode Mapping(SourceLocation at) => new(YamlNodeKind.Mapping, at);

    public static SourceLocation At(Mark mark) => new((int)mark.Line, (int)mark.Column);

    public string Describe() => Kind switch
    {
        YamlNodeKind.Sequence => "a list",
        YamlNodeKind.Mapping => "a mapping",
        _ => ScalarResolver.Resolve(this) switch
        {
            ScalarType.Null => "null",
            ScalarType.Bool => "the boolean " + Value,
            ScalarType.Int => "the number " + Value,
            ScalarType.Float => "the number " + Value,
            _ => "the string \"" + Value + "\"",
        },
    };
}
