using System.Collections.Generic;
using System.Text;

namespace PolicyKit.Cli.Ci;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=F,line=L,col=C,title=T::message</c>), which the runner turns into
/// annotations on the pull request. Escaped as the runner decodes them: in the message '%', CR and LF; in
/// properties also ':' and ',', which would otherwise end the property.
/// </summary>
internal static class GitHubAnnotation
{
    /// <summary>The command for one annotation; <paramref name="level"/> is error, warning or notice, file/line/column where known.</summary>
    public static string Line(string level, string message, string? title, string? file = null, int line = 0, int column = 0)
    {
        var properties = new List<string>();
        if (file is not null)
        {
            properties.Add("file=" + Property(file));
        }
        if (line > 0)
        {
            properties.Add("line=" + line);
        }
        if (column > 0)
        {
            properties.Add("col=" + column);
        }
        if (title is not null)
        {
            properties.Add("title=" + Property(title));
        }
        var text = new StringBuilder("::").Append(level);
        if (properties.Count > 0)
        {
            text.Append(' ').AppendJoin(',', properties);
        }
        return text.Append("::").Append(Data(message)).ToString();
    }

    public static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    public static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
