using System.Globalization;
using System.Linq;

namespace PolicyKit.Generators.Emitters;

/// <summary>C# literals for generated code that compiles on C# 7.3.</summary>
internal static class CSharpLiterals
{
    public static string String(string? value) => value is null ? "null" : PolicyKit.Text.QuotedString.CSharp(value);

    public static string StringArray(EquatableArray<string> values)
        => values.IsEmpty ? "default(global::PolicyKit.EquatableArray<string>)" : "new string[] { " + string.Join(", ", values.Select(String)) + " }";

    public static string Stages(Stages stages) => "(global::PolicyKit.Stages)" + ((int)stages).ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>An identifier as C# source: "@class" for a keyword.</summary>
    public static string Identifier(string name)
        => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;

    /// <summary>A dotted name (namespace) as C# source, each part escaped.</summary>
    public static string DottedName(string name) => string.Join(".", name.Split('.').Select(Identifier));
}
