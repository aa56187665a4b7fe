using System.Text;

namespace PolicyKit.Validation;

/// <summary>
/// The node of a policy a finding is about, as typed parts: a rule, a field of it (or of the policy), an entry of
/// that field's list, a field of that entry and an item of its list. <c>rules[2].resources[1].resources[0]</c> is
/// <c>Rule = 2, Field = "resources", Entry = 1, EntryField = "resources", Item = 0</c>; <c>rules[2].verbs[3]</c> is
/// <c>Rule = 2, Field = "verbs", Item = 3</c>. Readers map it to a line and column, analyzers to a syntax node,
/// code fixes to what to edit, each without parsing a path back.
/// </summary>
public sealed record FindingTarget
{
    /// <summary>The policy as a whole.</summary>
    public static FindingTarget Policy { get; } = new();

    /// <summary>The 0-based rule, or null for the policy itself.</summary>
    public int? Rule { get; init; }

    /// <summary>A field of the rule (or of the policy when <see cref="Rule"/> is null): <c>verbs</c>, <c>level</c>, <c>omitStages</c>, <c>rules</c>.</summary>
    public string? Field { get; init; }

    /// <summary>The entry of the field's list of objects (<c>resources[Entry]</c>).</summary>
    public int? Entry { get; init; }

    /// <summary>A field of that entry: <c>group</c>, <c>resources</c>, <c>resourceNames</c>.</summary>
    public string? EntryField { get; init; }

    /// <summary>The item of the innermost list named: <c>verbs[Item]</c>, or <c>resources[Entry].resources[Item]</c>.</summary>
    public int? Item { get; init; }

    /// <summary>A field of the policy: <c>omitStages</c>, <c>rules</c>, <c>apiVersion</c>.</summary>
    public static FindingTarget PolicyField(string field) => new() { Field = field };

    /// <summary>A rule, or one of its fields, or an item of that field's list.</summary>
    public static FindingTarget OfRule(int rule, string? field = null, int? item = null) => new() { Rule = rule, Field = field, Item = item };

    /// <summary>An entry of a rule's <c>resources</c>, or one of its fields, or an item of that field's list.</summary>
    public static FindingTarget ResourceEntry(int rule, int entry, string? entryField = null, int? item = null)
        => new() { Rule = rule, Field = "resources", Entry = entry, EntryField = entryField, Item = item };

    /// <summary>The enclosing node: each part is dropped in turn, innermost first; the policy has none.</summary>
    public FindingTarget? Parent
        => Item is not null ? this with { Item = null }
            : EntryField is not null ? this with { EntryField = null }
            : Entry is not null ? this with { Entry = null }
            : Field is not null && Rule is not null ? this with { Field = null }
            : Field is not null || Rule is not null ? Policy
            : null;

    /// <summary>The node as a path with every index (<c>rules[2].resources[1].group</c>): the key readers locate nodes by.</summary>
    public string Locator => Render(withIndexesBelowRule: true);

    /// <summary>The path as upstream prints field errors: list indexes below the rule dropped (<c>rules[2].resources.group</c>).</summary>
    public string Path => Render(withIndexesBelowRule: false);

    public override string ToString() => Locator;

    private string Render(bool withIndexesBelowRule)
    {
        var s = new StringBuilder();
        if (Rule is { } rule)
        {
            s.Append(FieldPath.Rule(rule));
        }
        if (Field is not null)
        {
            s.Append(s.Length == 0 ? "" : ".").Append(Field);
        }
        if (withIndexesBelowRule && Entry is { } entry)
        {
            s.Append('[').Append(entry).Append(']');
        }
        if (EntryField is not null)
        {
            s.Append('.').Append(EntryField);
        }
        if (withIndexesBelowRule && Item is { } item)
        {
            s.Append('[').Append(item).Append(']');
        }
        return s.ToString();
    }
}
