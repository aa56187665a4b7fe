using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Yaml;

/// <summary>
/// The fields of each object in an audit policy and what a rule matches when the apiserver drops a
/// misspelt one, so unknown-field errors can say what the typo costs.
/// </summary>
internal static class FieldMeanings
{
    public static readonly string[] PolicyFields = { "apiVersion", "kind", "metadata", "rules", "omitStages", "omitManagedFields" };

    public static readonly string[] RuleFields =
        { "level", "users", "userGroups", "verbs", "resources", "namespaces", "nonResourceURLs", "omitStages", "omitManagedFields" };

    public static readonly string[] GroupResourcesFields = { "group", "resources", "resourceNames" };

    private static readonly Dictionary<string, string> RuleFieldLost = new()
    {
        ["level"] = "the rule then has no level and the apiserver refuses the policy",
        ["users"] = "this rule then matches every user",
        ["userGroups"] = "this rule then matches every user group",
        ["verbs"] = "this rule then matches every verb",
        ["resources"] = "this rule then matches every resource",
        ["namespaces"] = "this rule then matches every namespace",
        ["nonResourceURLs"] = "this rule then matches every URL",
        ["omitStages"] = "this rule then omits no stages of its own",
        ["omitManagedFields"] = "this rule then inherits the policy's omitManagedFields",
    };

    private static readonly Dictionary<string, string> GroupResourcesFieldLost = new()
    {
        ["group"] = "the entry then means the core group",
        ["resources"] = "the entry then matches every resource of its group",
        ["resourceNames"] = "the entry then matches objects of any name",
    };

    private static readonly Dictionary<string, string> PolicyFieldLost = new()
    {
        ["rules"] = "the policy then has no rules and the apiserver refuses it",
        ["omitStages"] = "the policy then omits no stages",
        ["omitManagedFields"] = "managed fields are then recorded",
    };

    /// <summary>The message for an unknown key in an object with the given known fields.</summary>
    public static string Unknown(string key, string[] known, ICollection<string> present, string objectName)
    {
        var suggestion = Suggest(key, known);
        var text = $"unknown field \"{key}\" in {objectName}";
        if (suggestion is null)
        {
            return text + ": the apiserver drops it";
        }
        text += $" (did you mean \"{suggestion}\"?): the apiserver drops it";
        if (present.Contains(suggestion))
        {
            return text;
        }
        var lost = known == RuleFields ? RuleFieldLost : known == GroupResourcesFields ? GroupResourcesFieldLost : PolicyFieldLost;
        return lost.TryGetValue(suggestion, out var effect) ? text + "; " + effect : text;
    }

    /// <summary>The known field a key was probably meant to be: same letters ignoring case, or at most two edits away.</summary>
    public static string? Suggest(string key, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var k in known)
        {
            var d = string.Equals(k, key, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(k.ToLowerInvariant(), key.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = k;
            }
        }
        var allowed = Math.Max(1, Math.Min(3, key.Length / 4));
        return bestDistance <= allowed ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = new[] { d[i - 1, j] + 1, d[i, j - 1] + 1, d[i - 1, j - 1] + cost }.Min();
            }
        }
        return d[a.Length, b.Length];
    }
}
