using System.Collections.Generic;
using System.Linq;

namespace PolicyKit;

/// <summary>One rule of a policy. Each method narrows what the rule matches; calling one twice adds to its list.</summary>
public sealed class RuleBuilder
{
    private readonly Level _level;
    private readonly string? _name;
    private readonly List<string> _users = new();
    private readonly List<string> _userGroups = new();
    private readonly List<string> _verbs = new();
    private readonly List<ResourceSelection> _resources = new();
    private readonly List<string> _namespaces = new();
    private readonly List<string> _nonResourceUrls = new();
    private Stages _omitStages;
    private bool? _omitManagedFields;

    internal RuleBuilder(Level level, string? name)
    {
        _level = level;
        _name = name;
    }

    /// <summary>Only requests by these users (exact names; "*" is no wildcard).</summary>
    public RuleBuilder Users(params string[] users) => Add(_users, users);

    /// <summary>Only requests by users in at least one of these groups.</summary>
    public RuleBuilder UserGroups(params string[] groups) => Add(_userGroups, groups);

    public RuleBuilder Verbs(params Verb[] verbs) => Add(_verbs, verbs.Select(v => v.ToName()));

    /// <summary>Verbs outside <see cref="Verb"/> (e.g. a custom verb of an aggregated API).</summary>
    public RuleBuilder Verbs(params string[] verbs) => Add(_verbs, verbs);

    /// <summary>Only these resources (catalog members, <see cref="Resource.Custom(string, string)"/>). Makes this a resource rule.</summary>
    public RuleBuilder Resources(params ResourceRef[] resources)
    {
        _resources.AddRange(resources.Select(r => new ResourceSelection(r.Group, r.Pattern, r.Names, r.IsWholeGroup)));
        return this;
    }

    /// <summary>Only resource requests in these namespaces (<see cref="PolicyKit.Namespaces.ClusterScoped"/> for ""). Makes this a resource rule.</summary>
    public RuleBuilder Namespaces(params string[] namespaces) => Add(_namespaces, namespaces);

    /// <summary>Only non-resource requests to these paths ("/healthz", "/metrics*", "*").</summary>
    public RuleBuilder NonResourceUrls(params string[] urls) => Add(_nonResourceUrls, urls);

    /// <summary>Stages for which this rule writes no event, in addition to the policy's.</summary>
    public RuleBuilder OmitStages(params Stage[] stages)
    {
        foreach (var s in stages)
        {
            _omitStages |= s.ToSet();
        }
        return this;
    }

    /// <summary>Overrides the policy's omitManagedFields for requests this rule decides.</summary>
    public RuleBuilder OmitManagedFields(bool omit = true)
    {
        _omitManagedFields = omit;
        return this;
    }

    internal PolicyRule ToRule() => new(_level)
    {
        Name = _name,
        Users = new EquatableArray<string>(_users),
        UserGroups = new EquatableArray<string>(_userGroups),
        Verbs = new EquatableArray<string>(_verbs),
        Resources = GroupResourcesFolding.Fold(_resources),
        Namespaces = new EquatableArray<string>(_namespaces),
        NonResourceUrls = new EquatableArray<string>(_nonResourceUrls),
        OmitStages = _omitStages,
        OmitManagedFields = _omitManagedFields,
    };

    private RuleBuilder Add(List<string> list, IEnumerable<string> values)
    {
        list.AddRange(values);
        return this;
    }
}
