namespace PolicyKit.Detection;

/// <summary>What a rule reads that the policy must log: requestObject needs level Request, responseObject RequestResponse.</summary>
public static class DetectionNeeds
{
    public static Level LevelFor(DetectionCondition condition)
    {
        var level = Level.Metadata;
        Visit(condition, ref level);
        return level;
    }

    private static void Visit(DetectionCondition c, ref Level level)
    {
        switch (c)
        {
            case AllOf all:
                foreach (var x in all.Items)
                {
                    Visit(x, ref level);
                }
                break;
            case AnyOf any:
                foreach (var x in any.Items)
                {
                    Visit(x, ref level);
                }
                break;
            case NotCondition not:
                Visit(not.Inner, ref level);
                break;
            case TruthCondition t:
                Value(t.Value, ref level);
                break;
            case CompareCondition cmp:
                Value(cmp.Left, ref level);
                Value(cmp.Right, ref level);
                break;
            case TextCondition text:
                Value(text.Subject, ref level);
                break;
            case InListCondition list:
                Value(list.Subject, ref level);
                break;
            case AnyItemCondition anyItem:
                Value(anyItem.Collection, ref level);
                Visit(anyItem.Predicate, ref level);
                break;
        }
    }

    private static void Value(DetectionValue v, ref Level level)
    {
        if (v is BodyValue b)
        {
            var need = b.Root switch
            {
                BodyRoot.RequestObject => Level.Request,
                BodyRoot.ResponseObject => Level.RequestResponse,
                _ => Level.Metadata,
            };
            if (need > level)
            {
                level = need;
            }
        }
    }
}
