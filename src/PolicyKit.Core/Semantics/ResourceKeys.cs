using System;
using System.Collections.Generic;

namespace PolicyKit;

/// <summary>
/// The request.Resource values a rule's resource patterns can match, so that matchers can index rules
/// by resource. Exact for every string, odd ones included: "pods/log" matches resource "pods" (with
/// subresource "log") and resource "pods/log" (with none); "*", "*/log" and generic shapes can match any.
/// </summary>
public static class ResourceKeys
{
    private static readonly string[] None = Array.Empty<string>();

    /// <summary>
    /// The request.Resource values a pattern names: its resource, and a resource spelt like the whole
    /// pattern ("*/log" names only the latter); none for "*" and generic shapes.
    /// </summary>
    public static IReadOnlyList<string> OfPattern(string pattern)
    {
        var shape = ResourcePatternShape.Of(pattern);
        return shape.Resource is null || pattern == "*" ? None
            : shape.Resource == "*" ? new[] { pattern }
            : new[] { shape.Resource, pattern };
    }

    /// <summary>The resource strings a rule's resources can match (distinct, in order of appearance), or null when any can.</summary>
    public static IReadOnlyList<string>? OfRule(PolicyRule rule)
    {
        if (rule.Resources.IsEmpty)
        {
            return null;
        }
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in rule.Resources)
        {
            if (entry.Resources.IsEmpty)
            {
                return null;
            }
            foreach (var pattern in entry.Resources)
            {
                if (ResourcePatternShape.Of(pattern).Resource is null or "*")
                {
                    return null;
                }
                foreach (var key in OfPattern(pattern))
                {
                    if (seen.Add(key))
                    {
                        keys.Add(key);
                    }
                }
            }
        }
        return keys;
    }
}
