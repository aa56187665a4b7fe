using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Events.Replay.Reports;

/// <summary>
/// What simulate (and diff --events) report from one replay: the policies, their tallies, the log's span and projection,
/// the prices costs are given at, and the size model behind any estimate. Every writer reads this.
/// </summary>
public sealed class SimulationReport(ReplaySide[] sides, ReplayTally tally, BodySizeModel model, IReadOnlyList<IngestionPrice> prices)
{
    /// <summary>How many users, agents, resources and namespaces each top list shows.</summary>
    public const int TopCount = 10;

    public ReplaySide[] Sides { get; } = sides;

    public ReplayTally Tally { get; } = tally;

    public BodySizeModel Model { get; } = model;

    public IReadOnlyList<IngestionPrice> Prices { get; } = prices;

    public VolumeProjection Projection { get; } = VolumeProjection.Of(tally);

    public bool IsComparison => Sides.Length == 2;

    public PolicyTally TallyOf(int side) => Tally.Sides[side];

    /// <summary>Whether any number of the report includes the size model's estimate.</summary>
    public bool Estimated => Tally.Sides.Any(s => s.EstimatedBytes > 0);

    /// <summary>The rule's name as the policy gives it, else "rule N".</summary>
    public static string RuleLabel(Policy policy, int index)
        => index >= policy.Rules.Count ? "(no rule matched)" : policy.Rules[index].Name is { Length: > 0 } name ? $"rule {index} ({name})" : $"rule {index}";

    /// <summary>The rules no event of the log reached: dead in practice (unreachable in theory is lint's PK1001).</summary>
    public static IEnumerable<int> NeverMatched(PolicyTally tally)
        => Enumerable.Range(0, tally.Rules.Length - 1).Where(i => tally.Rules[i].Matched == 0);

    public static double Share(long part, long whole) => whole == 0 ? 0 : (double)part / whole;
}
