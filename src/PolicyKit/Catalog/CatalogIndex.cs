using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace PolicyKit;

/// <summary>
/// Finds the catalog member that selects a (group, pattern), e.g. ("", "pods/exec") → "Core.Pods.Exec",
/// for tools that write DSL code (policykit import).
/// </summary>
public static class CatalogIndex
{
    private static readonly Lazy<Dictionary<(string Group, string Pattern), CatalogMember>> Members = new(Build);

    /// <summary>The member's path below <c>Api</c> (e.g. <c>Core.Pods.Exec</c>), or null when the catalog has none.</summary>
    public static CatalogMember? Find(string group, string pattern)
        => Members.Value.TryGetValue((group, pattern), out var member) ? member : null;

    /// <summary>The API groups serving a resource of this name, with its scope (for tools that need concrete requests).</summary>
    public static IReadOnlyList<(string Group, ResourceScope Scope)> GroupsOf(string resource)
        => Members.Value.Where(m => m.Key.Pattern == resource).Select(m => (m.Key.Group, m.Value.Scope)).OrderBy(m => m.Group, StringComparer.Ordinal).ToList();

    private static Dictionary<(string, string), CatalogMember> Build()
    {
        var result = new Dictionary<(string, string), CatalogMember>();
        foreach (var groupType in typeof(Api).GetNestedTypes(BindingFlags.Public).Where(t => t.IsAbstract && t.IsSealed))
        {
            foreach (var property in groupType.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                var path = groupType.Name + "." + property.Name;
                Add(result, property, path);
                foreach (var sub in property.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    Add(result, sub, path + "." + sub.Name);
                }
            }
        }
        return result;
    }

    private static void Add(Dictionary<(string, string), CatalogMember> result, PropertyInfo property, string path)
    {
        if (property.GetCustomAttribute<CatalogEntryAttribute>() is { } entry && !result.ContainsKey((entry.Group, entry.Pattern)))
        {
            result[(entry.Group, entry.Pattern)] = new CatalogMember(path, entry.Scope, entry.Since, entry.Until);
        }
    }
}

/// <summary>A catalog member: its path below <c>Api</c>, scope and the versions that serve it.</summary>
public sealed record CatalogMember(string Path, ResourceScope Scope, string? Since, string? Until);
