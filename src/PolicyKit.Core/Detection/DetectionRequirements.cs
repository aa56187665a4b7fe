using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Detection;

/// <summary>
/// The resources, subresources and verbs a rule can match at all (empty: any), read off the
/// conjunction at the top of its condition. The engine indexes rules by them, and the policy check
/// uses them as the requests a rule targets.
/// </summary>
public sealed record DetectionRequirements(EquatableArray<string> Resources, EquatableArray<string> Subresources, EquatableArray<string> Verbs)
{
    public static DetectionRequirements From(DetectionCondition condition)
    {
        var top = condition is AllOf all ? all.Items.AsArray() : [condition];
        return new DetectionRequirements(
            Intersect(top, EventField.Resource),
            Intersect(top, EventField.Subresource),
            Intersect(top, EventField.Verb));
    }

    /// <summary>Whether a request with these attributes can match (the index's test).</summary>
    public bool Admits(string resource, string subresource, string verb)
        => (Resources.IsEmpty || Resources.Contains(resource))
        && (Subresources.IsEmpty || Subresources.Contains(subresource))
        && (Verbs.IsEmpty || Verbs.Contains(verb));

    private static EquatableArray<string> Intersect(IEnumerable<DetectionCondition> conjuncts, EventField field)
    {
        HashSet<string>? result = null;
        foreach (var c in conjuncts)
        {
            if (ValuesOf(c, field) is { } values)
            {
                if (result is null)
                {
                    result = new HashSet<string>(values, StringComparer.Ordinal);
                }
                else
                {
                    result.IntersectWith(values);
                }
            }
        }
        // An impossible conjunction keeps one value no event has, so it admits nothing rather than everything.
        return result is null ? default : new EquatableArray<string>(result.Count == 0 ? ["\0none"] : result.OrderBy(s => s, StringComparer.Ordinal));
    }

    /// <summary>The constants a condition pins the field to, or null when it does not pin it.</summary>
    private static IEnumerable<string>? ValuesOf(DetectionCondition c, EventField field)
    {
        switch (c)
        {
            case CompareCondition { Op: CompareOp.Equal } cmp when IsField(cmp.Left, field) && cmp.Right is ConstValue { Text: { } r }:
                return [r];
            case CompareCondition { Op: CompareOp.Equal } cmp when IsField(cmp.Right, field) && cmp.Left is ConstValue { Text: { } l }:
                return [l];
            case InListCondition { ListName.Length: 0 } list when IsField(list.Subject, field):
                return list.Values;
            case AnyOf any:
                var union = new List<string>();
                foreach (var x in any.Items)
                {
                    if (ValuesOf(x, field) is not { } values)
                    {
                        return null;
                    }
                    union.AddRange(values);
                }
                return union;
            case AllOf all:
                // Typed explicitly: null would otherwise convert to an empty EquatableArray (it has an implicit conversion from T[]).
                var inner = Intersect(all.Items, field);
                return inner.IsEmpty ? null : (IEnumerable<string>)inner;
            default:
                return null;
        }
    }

    private static bool IsField(DetectionValue v, EventField field) => v is FieldValue f && f.Field == field;
}
