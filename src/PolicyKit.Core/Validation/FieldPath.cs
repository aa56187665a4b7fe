using System.Globalization;

namespace PolicyKit.Validation;

/// <summary>Builds field paths as upstream's field.Path prints them (<c>rules[2].verbs[0]</c>).</summary>
public static class FieldPath
{
    public static string Child(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public static string Rule(int index) => Index("rules", index);

}
