using System;
using System.Globalization;
using System.Text;

namespace PolicyKit.Text;

/// <summary>
/// Double-quoted string literals in the C-like syntaxes PolicyKit writes (Go messages, YAML, C#): the
/// common escapes, and a numeric escape for the characters each syntax cannot hold as they are.
/// </summary>
public static class QuotedString
{
    /// <summary>Go's strconv.Quote for what audit policies contain: \xNN for control characters.</summary>
    public static string Go(string value) => Quote(value, c => c < 0x20 || c == 0x7f, c => "\\x" + Hex(c, "x2"));

    /// <summary>A YAML double-quoted scalar: \uNNNN for control characters and the YAML 1.1 line breaks.</summary>
    public static string Yaml(string value)
        => Quote(value, c => c < 0x20 || c == 0x7f || c is '\u0085' or '\u2028' or '\u2029' or '\ufeff' || char.IsSurrogate(c), c => "\\u" + Hex(c, "X4"));

    /// <summary>A C# regular string literal that any C# version and any file encoding keep exactly: \uNNNN outside printable ASCII.</summary>
    public static string CSharp(string value) => Quote(value, c => c < 0x20 || c > 0x7e, c => "\\u" + Hex(c, "x4"));

    /// <summary>
    /// Text for a one-line comment (YAML "#", C# "//"): every line break YAML 1.1 or C# knows (CR, LF,
    /// NEL, LS, PS) becomes a space, so the text cannot end the comment and inject code.
    /// </summary>
    public static string SingleLine(string text)
        => text.Replace("\r", " ").Replace("\n", " ").Replace("\u0085", " ").Replace("\u2028", " ").Replace("\u2029", " ");

    private static string Quote(string value, Func<char, bool> needsEscape, Func<char, string> escape)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default: sb.Append(needsEscape(c) ? escape(c) : c.ToString()); break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static string Hex(char c, string format) => ((int)c).ToString(format, CultureInfo.InvariantCulture);
}
