using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Cli.Import;

/// <summary>
/// Spells DSL names so they bind to PolicyKit's: short (Core.Pods, Users.KubeProxy) unless the class or
/// a namespace segment of the imported code has the same name, which would shadow them; then qualified
/// from global::PolicyKit.
/// </summary>
internal sealed class DslNames
{
    private readonly HashSet<string> _shadowing;

    public DslNames(ImportOptions options)
    {
        _shadowing = new HashSet<string>((options.Namespace ?? "").Split('.').Append(options.ClassName), StringComparer.Ordinal);
    }

    /// <summary>A name from the PolicyKit namespace, e.g. "Users.KubeProxy" or "Level".</summary>
    public string Dsl(string name) => _shadowing.Contains(First(name)) ? "global::PolicyKit." + name : name;

    /// <summary>A catalog member path below Api, e.g. "Core.Pods.Exec".</summary>
    public string Catalog(string path)
    {
        // Api.Policy (the policy group) is ambiguous with PolicyKit.Policy under "using static PolicyKit.Api".
        if (!_shadowing.Contains(First(path)) && First(path) != "Policy")
        {
            return path;
        }
        return _shadowing.Contains("Api") ? "global::PolicyKit.Api." + path : "Api." + path;
    }

    private static string First(string dotted)
    {
        var dot = dotted.IndexOf('.');
        return dot < 0 ? dotted : dotted.Substring(0, dot);
    }
}
