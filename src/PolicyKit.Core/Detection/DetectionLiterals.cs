using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Detection;

/// <summary>
/// Strings of which at least one must appear in an event's raw JSON for a rule to match: a prefilter
/// that lets the engine skip events without parsing them. Literals hold no quote, backslash, control
/// character, nor any character Go's encoder escapes (&lt; &gt; &amp; U+2028 U+2029), so they appear
/// verbatim in the JSON unless an encoder chose to escape another character (\uXXXX, \/): the engine
/// turns the prefilter off for such an event. Values that are decoded first (query parameters) and allow-lists (operators extend them
/// at run time) give no literal.
/// </summary>
public static class DetectionLiterals
{
    /// <summary>The alternatives, or null when the rule has none (it must look at every event its index admits).</summary>
    public static IReadOnlyList<string>? Necessary(DetectionCondition condition)
    {
        var set = Of(condition);
        return set is null || set.Count == 0 ? null : set.Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToArray();
    }

    private static List<string>? Of(DetectionCondition c)
    {
        switch (c)
        {
            case AllOf all:
                // Any conjunct's literals are necessary; keep the most selective (longest shortest literal).
                List<string>? best = null;
                foreach (var x in all.Items)
                {
                    var set = Of(x);
                    if (set is not null && (best is null || Score(set) > Score(best)))
                    {
                        best = set;
                    }
                }
                return best;
            case AnyOf any:
                var union = new List<string>();
                foreach (var x in any.Items)
                {
                    if (Of(x) is not { } set)
                    {
                        return null;
                    }
                    union.AddRange(set);
                }
                return union.Count == 0 ? null : union;
            case CompareCondition { Op: CompareOp.Equal } cmp:
                return Compared(cmp.Left, cmp.Right) ?? Compared(cmp.Right, cmp.Left);
            case TextCondition text when IsImpersonated(text.Subject) && text.Argument.Trim('*').Length > 0:
                return [ImpersonatedKey];
            case TextCondition text when IsLiteralSubject(text.Subject):
                var literal = text.Op switch
                {
                    TextOp.Glob => text.Argument.Split('*', '?').OrderByDescending(p => p.Length).First(),
                    // Paths are normalised before the test ("/var//run/./x" is under "/var/run"), so only the
                    // directory's last name, after some '/', is sure to be in the JSON as written.
                    TextOp.Under or TextOp.PathEquals => TextMatching.NormalisePath(text.Argument) is var dir && dir.Length > 1 ? dir.Substring(dir.LastIndexOf('/')) : "",
                    _ => text.Argument,
                };
                return Usable(literal) ? [literal] : null;
            case InListCondition { ListName.Length: 0 } list when IsLiteralSubject(list.Subject) && list.Values.Count > 0 && list.Values.All(Usable):
                return list.Values.ToList();
            case AnyItemCondition { Collection: FieldValue { Field: EventField.ImpersonatedGroups } }:
                return [ImpersonatedKey];
            case AnyItemCondition anyItem when IsLiteralSubject(anyItem.Collection):
                return Of(anyItem.Predicate);
            default:
                return null;
        }
    }

    private static List<string>? Compared(DetectionValue subject, DetectionValue other)
    {
        // A response code the rule names is in the JSON as those digits: an integer has no other form
        // that reads as one (the event's 401.0 or 4.01e2 is no integer, so no match either).
        if (subject is FieldValue { Field: EventField.ResponseCode } && other is ConstValue { ConstKind: ValueKind.Number, Text: { } code })
        {
            return [code];
        }
        if (!IsLiteralSubject(subject) || other is not ConstValue { ConstKind: ValueKind.String, Text: { } text })
        {
            return null;
        }
        // Any non-empty impersonated field means the event has the impersonatedUser key: rarer than any value.
        if (IsImpersonated(subject) && text.Length > 0)
        {
            return [ImpersonatedKey];
        }
        return Usable(text) ? [text] : null;
    }

    /// <summary>The key every event with an impersonated user has: rarer than any value.</summary>
    private const string ImpersonatedKey = "\"impersonatedUser\"";

    private static bool IsImpersonated(DetectionValue v) => v is FieldValue { Field: EventField.ImpersonatedUsername or EventField.ImpersonatedGroups };

    /// <summary>
    /// Strings the event holds verbatim, and which the index does not already test: not resource,
    /// subresource, verb or stage; not decoded query values; not numbers (response codes: <see cref="Compared"/>).
    /// </summary>
    private static bool IsLiteralSubject(DetectionValue v) => v switch
    {
        FieldValue f => f.Field is not (EventField.Query or EventField.ResponseCode or EventField.Resource or EventField.Subresource or EventField.Verb or EventField.Stage),
        BodyValue b => b.LeafKind is ValueKind.String or ValueKind.List,
        _ => false,
    };

    private static bool Usable(string literal) => literal.Length > 0 && literal.All(c => c >= ' ' && c is not ('"' or '\\' or '<' or '>' or '&' or '\u2028' or '\u2029'));

    private static int Score(List<string> set) => set.Count == 0 ? 0 : set.Min(s => s.Length) * 4 - set.Count;
}
