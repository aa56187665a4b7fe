using System.Globalization;

namespace PolicyKit.Validation;

/// <summary>Builds field paths as upstream's field.Path prints them (<c>rules[2].verbs[0]</c>).</summary>
public static class FieldPath
{
    public static string Child(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public static string Rule(int index) => Index("rules", index);

    /// <summary>The rule index at the start of a path such as <c>rules[4].verbs[0]</c>.</summary>
    public static int? RuleIndexOf(string path)
    {
        if (!path.StartsWith("rules[", System.StringComparison.Ordinal))
        {
            return null;
        }
        var end = path.IndexOf(']');
        return end > 6 && int.TryParse(path.Substring(6, end - 6), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
    }
}
