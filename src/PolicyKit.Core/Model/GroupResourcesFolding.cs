using System.Collections.Generic;

namespace PolicyKit;

/// <summary>One selection of a rule's resources: a group and a pattern with object names, or the whole group.</summary>
public readonly record struct ResourceSelection(string Group, string Pattern, EquatableArray<string> Names, bool WholeGroup = false);

/// <summary>
/// Folds a rule's resource selections into GroupResources entries the way both the DSL builders and
/// the generator do, so the runtime model and the compiled one cannot differ: selections with the
/// same group and names share an entry (in first-seen order, patterns de-duplicated); a whole-group
/// selection is an entry without resources.
/// </summary>
public static class GroupResourcesFolding
{
    public static EquatableArray<GroupResources> Fold(IEnumerable<ResourceSelection> selections)
    {
        var entries = new List<(string Group, EquatableArray<string> Names, List<string>? Patterns)>();
        foreach (var s in selections)
        {
            if (s.WholeGroup)
            {
                if (!entries.Exists(e => e.Group == s.Group && e.Patterns is null))
                {
                    entries.Add((s.Group, default, null));
                }
                continue;
            }
            var index = entries.FindIndex(e => e.Group == s.Group && e.Patterns is not null && e.Names.Equals(s.Names));
            if (index < 0)
            {
                entries.Add((s.Group, s.Names, new List<string> { s.Pattern }));
            }
            else if (!entries[index].Patterns!.Contains(s.Pattern))
            {
                entries[index].Patterns!.Add(s.Pattern);
            }
        }
        var result = new List<GroupResources>(entries.Count);
        foreach (var e in entries)
        {
            result.Add(new GroupResources(e.Group, new EquatableArray<string>(e.Patterns), e.Names));
        }
        return new EquatableArray<GroupResources>(result);
    }
}
