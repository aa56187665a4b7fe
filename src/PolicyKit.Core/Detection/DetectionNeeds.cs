using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Detection;

/// <summary>What a rule reads that the policy must log: requestObject needs level Request, responseObject RequestResponse.</summary>
public static class DetectionNeeds
{
    public static Level LevelFor(DetectionCondition condition)
        => Values(condition).Select(LevelFor).DefaultIfEmpty(Level.Metadata).Max();

    private static Level LevelFor(DetectionValue v) => v is BodyValue b
        ? b.Root switch
        {
            BodyRoot.RequestObject => Level.Request,
            BodyRoot.ResponseObject => Level.RequestResponse,
            _ => Level.Metadata,
        }
        : Level.Metadata;

    /// <summary>Every value the condition reads, at any depth.</summary>
    public static IEnumerable<DetectionValue> Values(DetectionCondition c) => c switch
    {
        AllOf all => all.Items.SelectMany(Values),
        AnyOf any => any.Items.SelectMany(Values),
        NotCondition not => Values(not.Inner),
        TruthCondition t => [t.Value],
        CompareCondition cmp => [cmp.Left, cmp.Right],
        TextCondition text => [text.Subject],
        InListCondition list => [list.Subject],
        AnyItemCondition anyItem => Values(anyItem.Predicate).Prepend(anyItem.Collection),
        _ => [],
    };
}
