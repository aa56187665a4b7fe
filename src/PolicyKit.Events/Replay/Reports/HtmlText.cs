using System.Text;

namespace PolicyKit.Events.Replay.Reports;

/// <summary>Text from a log or a policy made safe for the HTML report, which is also well-formed XML: markup escaped, control characters dropped.</summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '&' => escaped.Append("&amp;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                // XML 1.0 allows no C0 control but tab and newline; lone surrogates are not characters either.
                _ when (c < ' ' && c != '\t' && c != '\n') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' => escaped.Append('\uFFFD'),
                _ => escaped.Append(c),
            };
        }
        return escaped.ToString();
    }
}
