using System.Linq;
using PolicyKit.Generators.Model;

namespace PolicyKit.Generators.Emitters;

/// <summary>
/// Opens and closes the partial declaration of a user's class (its namespace, containing types and the class), and
/// names it from global::, every part escaped so that classes and namespaces named <c>@class</c> or <c>@event</c> compile.
/// </summary>
internal static class PartialClassWriter
{
    /// <summary>Opens the namespace, the containing types and <c>{modifiers} partial class Name</c>.</summary>
    public static void Open(SourceWriter w, PolicyClass cls, string modifiers)
    {
        if (cls.Namespace is not null)
        {
            w.Open("namespace " + CSharpLiterals.DottedName(cls.Namespace));
        }
        foreach (var outer in cls.ContainingTypes)
        {
            w.Open("partial class " + CSharpLiterals.Identifier(outer));
        }
        w.Open($"{modifiers} partial class {CSharpLiterals.Identifier(cls.Name)}");
    }

    /// <summary>Closes what <see cref="Open"/> opened.</summary>
    public static void Close(SourceWriter w, PolicyClass cls)
    {
        w.Close();
        foreach (var _ in cls.ContainingTypes)
        {
            w.Close();
        }
        if (cls.Namespace is not null)
        {
            w.Close();
        }
    }

    /// <summary>The class as C# names it from anywhere: <c>global::Ns.Outer.Name</c>, each part escaped.</summary>
    public static string GlobalName(PolicyClass cls)
        => "global::" + (cls.Namespace is null ? "" : CSharpLiterals.DottedName(cls.Namespace) + ".")
           + string.Join(".", cls.ContainingTypes.Concat(new[] { cls.Name }).Select(CSharpLiterals.Identifier));
}
