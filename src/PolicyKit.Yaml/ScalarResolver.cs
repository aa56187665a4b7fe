using System.Text.RegularExpressions;

namespace PolicyKit.Yaml;

internal enum ScalarType
{
    String,
    Null,
    Bool,
    Int,
    Float,
}

/// <summary>
/// How the apiserver's YAML parser (go-yaml v2, YAML 1.1 rules) types a scalar before converting the
/// document to JSON: <c>yes</c> becomes a boolean and <c>1.10</c> the number 1.1, so neither can fill a
/// string field and the apiserver refuses the file. go-yaml v2 parses integers with Go's base-0 rules
/// (0x, 0o, 0b prefixes; "08" then fails as octal and reads as a float) and has no base-60 numbers.
/// </summary>
internal static class ScalarResolver
{
    private static readonly Regex Int = new(
        "^[-+]?(?:0[bB][01_]+|0[oO][0-7_]+|0[xX][0-9a-fA-F_]+|[0-9][0-9_]*)\\z",
        RegexOptions.CultureInvariant);

    private static readonly Regex Float = new(
        "^(?:[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?:[eE][-+]?[0-9]+)|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))\\z",
        RegexOptions.CultureInvariant);

    public static ScalarType Resolve(YamlNode node)
    {
        if (node.Tag is not null)
        {
            return node.Tag switch
            {
                "tag:yaml.org,2002:null" => ScalarType.Null,
                "tag:yaml.org,2002:bool" => ScalarType.Bool,
                "tag:yaml.org,2002:int" => ScalarType.Int,
                "tag:yaml.org,2002:float" => ScalarType.Float,
                _ => ScalarType.String,
            };
        }
        if (!node.IsPlain)
        {
            return ScalarType.String;
        }
        var v = node.Value;
        switch (v)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return ScalarType.Null;
            case "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON":
            case "n" or "N" or "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF":
                return ScalarType.Bool;
        }
        if (Int.IsMatch(v))
        {
            return ScalarType.Int;
        }
        // A float must contain a digit: "." and "._" stay strings.
        return Float.IsMatch(v) && HasDigitOrSpecial(v) ? ScalarType.Float : ScalarType.String;
    }

    public static bool? AsBool(YamlNode node)
    {
        if (Resolve(node) != ScalarType.Bool)
        {
            return null;
        }
        return node.Value is "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON";
    }

    private static bool HasDigitOrSpecial(string v)
    {
        foreach (var c in v)
        {
            if (c is >= '0' and <= '9')
            {
                return true;
            }
        }
        return v.Contains("inf") || v.Contains("Inf") || v.Contains("INF") || v.Contains("nan") || v.Contains("NaN") || v.Contains("NAN");
    }
}
