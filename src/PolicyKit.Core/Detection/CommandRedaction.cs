using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PolicyKit.Detection;

/// <summary>
/// Takes credentials out of an exec's command before an alert repeats it: the value of a password/token/secret
/// flag or variable ("--password=x", "--token x", "PGPASSWORD=x"), a bearer token, and a URL's user:password.
/// Alerts show what was run, not what it was run with.
/// </summary>
public static class CommandRedaction
{
    public const string Hidden = "***";

    private static readonly Regex Assignment = new(@"(?i)((?:pass|pwd|token|secret|credential|api[-_]?key|auth)[\w.-]*\s*[=:]\s*)(\S+)", RegexOptions.CultureInvariant);
    private static readonly Regex Bearer = new(@"(?i)(bearer\s+)(\S+)", RegexOptions.CultureInvariant);
    private static readonly Regex UrlPassword = new(@"(?i)(\w+://[^/\s:@]+:)([^/\s@]+)(@)", RegexOptions.CultureInvariant);
    private static readonly Regex SecretFlag = new(@"(?i)^-{1,2}[\w.-]*(pass|pwd|token|secret|credential|api[-_]?key)[\w.-]*$", RegexOptions.CultureInvariant);

    /// <summary>One argument (or a whole shell line) with credentials replaced by <see cref="Hidden"/>.</summary>
    public static string Redact(string argument)
    {
        // Bearer first: "Authorization: Bearer x" would otherwise lose only the word Bearer to the assignment pattern.
        var text = Bearer.Replace(argument, m => m.Groups[1].Value + Hidden);
        text = UrlPassword.Replace(text, m => m.Groups[1].Value + Hidden + m.Groups[3].Value);
        return Assignment.Replace(text, m => m.Groups[1].Value + Hidden);
    }

    /// <summary>An argv with each argument redacted, and the argument after a bare secret flag ("--password x") hidden.</summary>
    public static IReadOnlyList<string> Redact(IReadOnlyList<string> argv)
    {
        var shown = new string[argv.Count];
        for (var i = 0; i < argv.Count; i++)
        {
            shown[i] = i > 0 && SecretFlag.IsMatch(argv[i - 1]) ? Hidden : Redact(argv[i]);
        }
        return shown;
    }

    /// <summary>An argv as one readable value: ["sh", "-c", "id"].</summary>
    public static string Show(IReadOnlyList<string> argv)
        => "[" + string.Join(", ", Redact(argv).Select(Quote)) + "]";

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
