using PolicyKit.Detection;

namespace PolicyKit;

/// <summary>String tests for detection rules beyond string's own (StartsWith, EndsWith, Contains); all ordinal.</summary>
public static class RuleText
{
    /// <summary>The value is one of the constants.</summary>
    public static bool In(this string value, params string[] values)
    {
        foreach (var v in values)
        {
            if (v == value)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The value is in the allow-list (its defaults or what operators added).</summary>
    public static bool In(this string value, AllowList list) => list.Contains(value);

    /// <summary>'*' any run of characters, '?' one character.</summary>
    public static bool Glob(this string value, string pattern) => TextMatching.Glob(value, pattern);

    /// <summary>A path equal to the directory or below it ("/etc" holds "/etc/x", not "/etcx").</summary>
    public static bool IsUnder(this string path, string directory) => TextMatching.IsUnder(path, directory);

    /// <summary>The same absolute path once both are normalised ("//./" is "/", "/etc/" is "/etc").</summary>
    public static bool IsPath(this string path, string other) => TextMatching.IsPath(path, other);
}
