namespace PolicyKit.Generators.Emitters;

/// <summary>
/// Where the compiled matcher changes strategy. The defaults are for users; tests lower them to drive
/// small policies down every fallback path.
/// </summary>
internal sealed record MatcherLimits
{
    public static readonly MatcherLimits Default = new();

    /// <summary>Values per lookup (bits 1–62 of a ulong; bit 0 is "another value", bit 63 "not looked up yet").</summary>
    public int MaxValues { get; init; } = 62;

    /// <summary>Rule tests the API group classes may write out in all (class, verb) paths; above this, rules test group bits.</summary>
    public int MaxClassedTests { get; init; } = 4000;

    /// <summary>Rule tests one method may hold; a section above this gets a method per verb, so each stays one the JIT optimises.</summary>
    public int MaxMethodTests { get; init; } = 200;

    /// <summary>Rules one verb's sequence may test in turn (a bit test each, mostly: a switch on a string costs about as much as 16); a longer one is split by a switch on resource, namespace, user or API group (RuleSplit).</summary>
    public int MaxSequence { get; init; } = 16;

    /// <summary>How many times more rule tests the branches of one split may hold than the sequence they split (unconstraining rules are copied into every branch).</summary>
    public int MaxSplitGrowth { get; init; } = 4;
}
