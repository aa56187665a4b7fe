using System.Text;

namespace PolicyKit.Text;

/// <summary>
/// Makes untrusted text (user names, object names from a log) safe to print in a line of text output:
/// control characters (newline, CR, NUL, ESC of terminal escape sequences) and the invisible formatting
/// characters that reorder text (bidirectional overrides) become \n, \r, \t or \uXXXX, so nobody can
/// forge a line, recolour a terminal or hide text in what PolicyKit prints.
/// </summary>
public static class ControlCharacters
{
    public static string Escape(string text)
    {
        var i = 0;
        while (i < text.Length && !NeedsEscape(text[i]))
        {
            i++;
        }
        if (i == text.Length)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c))
            {
                escaped.Append(c);
                continue;
            }
            switch (c)
            {
                case '\n': escaped.Append("\\n"); break;
                case '\r': escaped.Append("\\r"); break;
                case '\t': escaped.Append("\\t"); break;
                default: escaped.Append("\\u").Append(((int)c).ToString("x4")); break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>C0 and C1 controls, DEL, line/paragraph separators, and bidirectional formatting characters.</summary>
    private static bool NeedsEscape(char c)
        => c < 0x20 || (c >= 0x7f && c <= 0x9f) || c is '\u2028' or '\u2029' or '\u061c' or '\u200e' or '\u200f'
            || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
}
