using System.Collections.Generic;
using PolicyKit.Detection;

namespace PolicyKit;

/// <summary>
/// A named allow-list for rules: <c>static readonly AllowList Readers = new("secret-readers", "a", "b");</c>
/// and <c>e.User.Name.In(Readers)</c>. The values are defaults; operators add their own by name
/// (<see cref="AllowListAdditions"/>, or <c>policykit detect --allow name=value</c>) without editing the rule.
/// The values must be constants: the generator copies them into the rule's IR.
/// </summary>
public sealed class AllowList
{
    private readonly string[] _defaults;

    public AllowList(string name, params string[] defaults)
    {
        Name = name;
        _defaults = defaults;
    }

    public string Name { get; }

    public IReadOnlyList<string> Defaults => _defaults;

    public bool Contains(string value) => AllowLists.Contains(Name, _defaults, value);
}
