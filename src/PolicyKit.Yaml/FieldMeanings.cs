using System;
using System.Collections.Generic;
using System.Linq;

using PolicyKit.Text;

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
    public static string? Suggest(string key, IEnumerable<string> known) => EditDistance.Suggest(key, known);
}
