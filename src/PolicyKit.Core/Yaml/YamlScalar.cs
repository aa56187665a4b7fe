using System.Text.RegularExpressions;

namespace PolicyKit.Yaml;

/// <summary>
/// Writes a string as a YAML scalar: plain where every YAML 1.1 and 1.2 reader (the apiserver uses a
/// YAML 1.1 one) reads it back as the same string, double-quoted otherwise.
/// </summary>
public static class YamlScalar
{
    // Plain scalars that a YAML 1.1 or 1.2 resolver turns into something other than a string.
    private static readonly Regex NonString = new(
        "^(?:" +
        "~|null|Null|NULL" +
        "|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF" +
        "|[-+]?(?:0[bB][01_]+|0[oO]?[0-7_]+|0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*)" + // ints, any base prefix, sexagesimal
        "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_.]*(?:[eE][-+]?[0-9]+)?" + // floats: "1.10", ".5", "1.", and YAML 1.1's "1.2.3"
        "|[-+]?[0-9][0-9_]*(?:[eE][-+]?[0-9]+)" + // 1e3
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*" +
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)" +
        "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?" + // timestamps
        "|<<|=" +
        ")\\z",
        RegexOptions.CultureInvariant);

    /// <summary>The scalar as it should appear in a block value position.</summary>
    public static string Format(string value) => NeedsQuotes(value) ? DoubleQuoted(value) : value;

    public static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || NonString.IsMatch(value))
        {
            return true;
        }
        // Indicators that start a non-plain token, or leading/trailing space.
        switch (value[0])
        {
            case '-' or '?' or ':' when value.Length == 1 || value[1] == ' ':
            case '*' or '&' or '!' or '%' or '@' or '`' or '|' or '>' or '\'' or '"' or '#' or ',' or '[' or ']' or '{' or '}' or ' ':
                return true;
        }
        if (value[value.Length - 1] is ' ' or ':')
        {
            return true;
        }
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x20 || c == 0x7f || c is '\u0085' or '\u2028' or '\u2029' or '\ufeff')
            {
                return true;
            }
            if (char.IsSurrogate(c))
            {
                // A well-formed pair is an ordinary printable character; a lone half cannot be written as UTF-8.
                if (!char.IsSurrogatePair(value, i))
                {
                    return true;
                }
                i++;
                continue;
            }
            if ((c == ':' && i + 1 < value.Length && value[i + 1] == ' ') || (c == '#' && value[i - 1] == ' '))
            {
                return true;
            }
        }
        return false;
    }

    public static string DoubleQuoted(string value) => Text.QuotedString.Yaml(value);
}
