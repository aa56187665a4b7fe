using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace PolicyKit.Cli.Import;

/// <summary>How values are spelt in DSL code: enum members, well-known constants, string literals.</summary>
internal static class CSharpNames
{
    private static readonly Dictionary<string, string> VerbMembers =
        Enum.GetValues<Verb>().ToDictionary(v => v.ToName(), v => "Verb." + v, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> UserConstants = Constants(typeof(Users));
    private static readonly Dictionary<string, string> GroupConstants = Constants(typeof(Groups));
    private static readonly Dictionary<string, string> NamespaceConstants = Constants(typeof(Namespaces));

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long",
        "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
        "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch",
        "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
        "volatile", "while",

        // Contextual keywords that cannot name a type, or only with a warning.
        "record", "file", "required", "scoped", "var", "dynamic", "nameof", "async", "await", "partial", "managed", "unmanaged",
        "value", "get", "set", "init", "add", "remove", "global", "notnull", "when", "where", "with", "and", "or", "not", "yield",
        "args", "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>A plain C# identifier (ASCII letters, digits, '_'; not a keyword).</summary>
    public static bool IsIdentifier(string name)
        => name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !Keywords.Contains(name);

    /// <summary>A type name that compiles without warnings: an identifier, not all lower-case (CS8981).</summary>
    public static bool IsTypeName(string name) => IsIdentifier(name) && name.Any(c => !char.IsAsciiLetterLower(c));

    public static string? Verb(string verb) => VerbMembers.TryGetValue(verb, out var member) ? member : null;

    public static string User(string user) => UserConstants.TryGetValue(user, out var c) ? c : Literal(user);

    public static string Group(string group) => GroupConstants.TryGetValue(group, out var c) ? c : Literal(group);

    public static string Namespace(string ns) => NamespaceConstants.TryGetValue(ns, out var c) ? c : Literal(ns);

    public static string Literal(string value) => PolicyKit.Text.QuotedString.CSharp(value);

    // "system:kube-proxy" → "Users.KubeProxy", for the public string constants of a well-known-names class.
    private static Dictionary<string, string> Constants(Type type)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
        {
            var value = (string)field.GetRawConstantValue()!;
            if (!field.Name.EndsWith("Prefix", StringComparison.Ordinal))
            {
                result.TryAdd(value, type.Name + "." + field.Name);
            }
        }
        return result;
    }
}
