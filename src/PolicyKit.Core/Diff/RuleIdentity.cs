using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Diff;

/// <summary>
/// Which rules of the two policies are the same rule: equal apart from their names, so they match the same requests
/// and decide them alike. Across two versions a rule with <c>group: "*"</c> is the same rule with another meaning,
/// so it is shared with nothing.
/// </summary>
internal sealed class RuleIdentity
{
    public RuleIdentity(Policy old, Policy @new, DiffVersions versions)
    {
        var ids = new Dictionary<PolicyRule, int>();
        var versionsDiffer = versions.Old != versions.New;
        var unshared = -1;
        int[] Ids(Policy policy) => policy.Rules.Select(r =>
        {
            if (versionsDiffer && r.Resources.Any(g => g.Group == "*"))
            {
                return unshared--;
            }
            var key = r with { Name = null };
            if (!ids.TryGetValue(key, out var id))
            {
                ids[key] = id = ids.Count;
            }
            return id;
        }).ToArray();
        Old = Ids(old);
        New = Ids(@new);
    }

    /// <summary>Per old rule, its id; negative ids are never shared.</summary>
    public int[] Old { get; }

    /// <summary>Per new rule, its id.</summary>
    public int[] New { get; }

    /// <summary>How many rules of either policy have no equal in the other (for messages: a rough size of the change).</summary>
    public int Unshared
    {
        get
        {
            var inOld = new HashSet<int>(Old);
            var inNew = new HashSet<int>(New);
            return Old.Count(id => id < 0 || !inNew.Contains(id)) + New.Count(id => id < 0 || !inOld.Contains(id));
        }
    }

    public bool Equal(int oldRule, int newRule) => Old[oldRule] >= 0 && Old[oldRule] == New[newRule];
}
