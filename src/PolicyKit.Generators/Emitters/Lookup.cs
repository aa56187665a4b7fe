using System;

namespace PolicyKit.Generators.Emitters;

/// <summary>
/// A per-request lookup that rules share: one string switch giving a bit (the request's verb, API
/// group, resource, namespace or user) or an OR of bits (the user's groups). A method makes it up front when every
/// path's first test needs it, else on first use into a local that starts <c>Unset</c>.
/// </summary>
internal sealed class Lookup
{
    private Lookup(string local, string call, int cost)
    {
        Local = local;
        Call = call;
        Cost = cost;
    }

    public static readonly Lookup Verb = new("verbBit", "VerbBit(request.Verb)", 0);
    public static readonly Lookup ApiGroup = new("apiGroupBit", "ApiGroupBit(request.ApiGroup)", 0);
    public static readonly Lookup Resource = new("resourceBit", "ResourceBit(request.Resource)", 1);
    public static readonly Lookup Namespace = new("namespaceBit", "NamespaceBit(request.Namespace)", 2);
    public static readonly Lookup User = new("userBit", "UserBit(request.User)", 2);
    public static readonly Lookup UserGroups = new("groupBits", "GroupBits(request.Groups)", 4);

    public static readonly Lookup[] All = { Verb, ApiGroup, Resource, Namespace, User, UserGroups };

    /// <summary>The local holding the bits.</summary>
    public string Local { get; }

    /// <summary>The call that computes them.</summary>
    public string Call { get; }

    /// <summary>Where a test on it goes in a rule's test (see <see cref="Part.Cost"/>).</summary>
    public int Cost { get; }

    /// <summary>The expression of the bits in a method that made them up front, or computes them on first use.</summary>
    public string Expression(bool upFront) => upFront ? Local : $"({Local} != Unset ? {Local} : ({Local} = {Call}))";
}

/// <summary>
/// One conjunct of a rule's test. Tests are ordered by <see cref="Cost"/>, cheapest first: the verb's and
/// the API group's bits (0), the resource's (1), the user's and the namespace's (2), helper calls on one
/// string (3), the user's groups (4: a list to walk, which the target tests usually make unnecessary), and
/// last URL tests (5, see <see cref="Url"/>).
/// </summary>
internal sealed class Part
{
    private readonly Func<string, string> _render;

    private Part(int cost, Lookup? lookup, bool compound, Func<string, string> render)
    {
        Cost = cost;
        Lookup = lookup;
        Compound = compound;
        _render = render;
    }

    public const int CallCost = 3;

    public int Cost { get; }

    /// <summary>The lookup this part tests, if any (at most one per part).</summary>
    public Lookup? Lookup { get; }

    /// <summary>The part has a top-level <c>&amp;&amp;</c> or <c>||</c>: parenthesised among other parts.</summary>
    public bool Compound { get; }

    /// <summary>A test of a lookup's bits; <paramref name="render"/> gets the expression of the bits.</summary>
    public static Part On(Lookup lookup, Func<string, string> render, bool compound = false) => new(lookup.Cost, lookup, compound, render);

    /// <summary>A test that needs no lookup (a helper call, a subresource test).</summary>
    public static Part Plain(string text, bool compound = false) => new(CallCost, null, compound, _ => text);

    /// <summary>
    /// A URL test: after the user's groups, unlike other calls. The groups' bits are made once per method and then
    /// tested per rule in one instruction, while each rule's URL test compares the path again; a request from
    /// outside every team's groups (most of them, in a policy of team rules) is then turned away by the bits.
    /// </summary>
    public static Part Url(string text) => new(Lookup.UserGroups.Cost + 1, null, false, _ => text);

    /// <summary>The part in C#, in a method where <paramref name="upFront"/> tells which lookups were made up front.</summary>
    public string Render(Func<Lookup, bool> upFront) => _render(Lookup is null ? "" : Lookup.Expression(upFront(Lookup)));
}
