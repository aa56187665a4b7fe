namespace PolicyKit.Yaml;

/// <summary>A comment of a policy file: its line, its text without '#', and whether it follows a value on that line.</summary>
public sealed record YamlComment(int Line, string Text, bool IsInline);
