using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PolicyKit.Text;

namespace PolicyKit.Diff;

/// <summary>
/// A minimal indented JSON writer: Core has no dependencies (the MSBuild task loads it), so the diff report writes
/// its own. Commas and indentation are tracked per nesting level.
/// </summary>
internal sealed class JsonText
{
    private readonly StringBuilder _out = new();
    private readonly Stack<bool> _first = new();

    public JsonText StartObject(string? name = null) => Open(name, '{');

    public JsonText EndObject() => Close('}');

    public JsonText StartArray(string? name = null) => Open(name, '[');

    public JsonText EndArray() => Close(']');

    public JsonText String(string? name, string? value) => Value(name, value is null ? "null" : QuotedString.Yaml(value));

    public JsonText Number(string? name, int value) => Value(name, value.ToString(CultureInfo.InvariantCulture));

    public JsonText Bool(string? name, bool value) => Value(name, value ? "true" : "false");

    public JsonText Null(string? name) => Value(name, "null");

    public override string ToString() => _out.ToString() + "\n";

    private JsonText Open(string? name, char bracket)
    {
        Prefix(name);
        _out.Append(bracket);
        _first.Push(true);
        return this;
    }

    private JsonText Close(char bracket)
    {
        var empty = _first.Pop();
        if (!empty)
        {
            NewLine();
        }
        _out.Append(bracket);
        return this;
    }

    private JsonText Value(string? name, string literal)
    {
        Prefix(name);
        _out.Append(literal);
        return this;
    }

    private void Prefix(string? name)
    {
        if (_first.Count > 0)
        {
            if (!_first.Peek())
            {
                _out.Append(',');
            }
            _first.Pop();
            _first.Push(false);
            NewLine();
        }
        if (name is not null)
        {
            _out.Append(QuotedString.Yaml(name)).Append(": ");
        }
    }

    private void NewLine() => _out.Append('\n').Append(' ', 2 * _first.Count);
}
