using System.Text;

namespace PolicyKit.Generators.Emitters;

/// <summary>An indented text writer for generated C# (no NormalizeWhitespace: it is slow and unstable).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
        }
        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>Writes text written by another writer, indented to this writer's level.</summary>
    public SourceWriter Lines(string text)
    {
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            Line(line);
        }
        return this;
    }

    /// <summary>Writes the line (if any) and an opening brace, and indents.</summary>
    public SourceWriter Open(string line)
    {
        if (line.Length > 0)
        {
            Line(line);
        }
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _text.ToString();
}
