using System;
using System.Collections.Generic;

namespace PolicyKit.Detection;

/// <summary>
/// Evaluates a rule's IR over an event. The reference for the compiled rules (tests hold the two
/// equal on generated events) and the engine for rules loaded without their compiled code.
/// </summary>
public static class DetectionInterpreter
{
    public static bool Matches(DetectionCondition condition, IDetectionEvent e)
        => new Context(e, null).Test(condition);

    /// <summary>
    /// Evaluates with a trail (<see cref="DetectionEvidence"/>): every branch of an ||, every item of an Any, so the
    /// trail holds all that made the condition true (the result is the same; only the work differs).
    /// </summary>
    internal static bool Explain(DetectionCondition condition, IDetectionEvent e, EvidenceTrail trail)
        => new Context(e, trail).Test(condition);

    private sealed class Context(IDetectionEvent e, EvidenceTrail? trail)
    {
        private readonly List<object?> _items = new();
        private string? _resource;

        private string Resource => _resource ??= e.Get(EventField.Resource);

        public bool Test(DetectionCondition c)
        {
            switch (c)
            {
                case AllOf all:
                    var start = trail?.Mark ?? 0;
                    foreach (var x in all.Items)
                    {
                        if (!Test(x))
                        {
                            trail?.Rollback(start);
                            return false;
                        }
                    }
                    return true;
                case AnyOf any:
                    return trail is { Recording: true } ? AnyBranch(any) : FirstBranch(any);
                case NotCondition not:
                    trail?.EnterNegation();
                    try
                    {
                        return !Test(not.Inner);
                    }
                    finally
                    {
                        trail?.LeaveNegation();
                    }
                case ConstantCondition k:
                    return k.Value;
                case TruthCondition t:
                    return Held(t, t.Value, Eval(t.Value) is true);
                case CompareCondition cmp:
                    return Held(cmp, cmp.Left is ConstValue ? cmp.Right : cmp.Left, Compare(cmp));
                case TextCondition text:
                    return Held(text, text.Subject, TextMatching.Test(Eval(text.Subject) as string ?? "", text.Op, text.Argument));
                case InListCondition list:
                    return Held(list, list.Subject, AllowLists.Contains(list.ListName, list.Values.AsArray(), Eval(list.Subject) as string ?? ""));
                case AnyItemCondition anyItem:
                    return AnyItem(anyItem);
                default:
                    throw new NotSupportedException("unknown condition " + c.GetType().Name);
            }
        }

        private bool FirstBranch(AnyOf any)
        {
            foreach (var x in any.Items)
            {
                if (Test(x))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Every branch, for the trail: a pod with hostPID and hostNetwork shows both.</summary>
        private bool AnyBranch(AnyOf any)
        {
            var held = false;
            foreach (var x in any.Items)
            {
                var mark = trail!.Mark;
                if (Test(x))
                {
                    held = true;
                }
                else
                {
                    trail.Rollback(mark);
                }
            }
            return held;
        }

        /// <summary>A test's result; one that held goes into the trail with the value it read.</summary>
        private bool Held(DetectionCondition atom, DetectionValue subject, bool result)
        {
            if (result && trail is { Recording: true } && subject is not ConstValue)
            {
                trail.Held(atom, subject, Eval(subject));
            }
            return result;
        }

        private bool AnyItem(AnyItemCondition c)
        {
            var items = Eval(c.Collection) switch
            {
                IReadOnlyList<string> strings => (IEnumerable<object?>)strings,
                IBodyNode node => BodyPaths.Items(node),
                _ => Array.Empty<object?>(),
            };
            while (_items.Count <= c.ItemDepth)
            {
                _items.Add(null);
            }
            var saved = _items[c.ItemDepth];
            if (trail is { Recording: true })
            {
                return ExplainItems(c, items, saved);
            }
            try
            {
                foreach (var item in items)
                {
                    _items[c.ItemDepth] = item;
                    if (Test(c.Predicate))
                    {
                        return true;
                    }
                }
                return false;
            }
            finally
            {
                _items[c.ItemDepth] = saved;
            }
        }

        /// <summary>Every item, for the trail: each one that satisfies the predicate, with its path.</summary>
        private bool ExplainItems(AnyItemCondition c, IEnumerable<object?> items, object? saved)
        {
            var paths = trail!.ItemPaths(c.Collection, _items);
            var isKey = c.Collection is BodyValue { Steps.Count: > 0 } b && b.Steps[b.Steps.Count - 1] == BodyPaths.Keys;
            var name = CollectionName(c.Collection);
            var held = false;
            var i = 0;
            try
            {
                foreach (var item in items)
                {
                    _items[c.ItemDepth] = item;
                    trail.SetItem(c.ItemDepth, i < paths.Count ? paths[i] : "", isKey);
                    i++;
                    var mark = trail.Mark;
                    if (Test(c.Predicate))
                    {
                        held = true;
                        trail.ItemHeld(c.ItemDepth, item, mark, name);
                    }
                    else
                    {
                        trail.Rollback(mark);
                    }
                }
                return held;
            }
            finally
            {
                _items[c.ItemDepth] = saved;
            }
        }

        private static string CollectionName(DetectionValue collection) => collection switch
        {
            FieldValue f => f.Field == EventField.Query ? f.Argument : f.Field.ToString(),
            BodyValue { Steps.Count: > 0 } b => b.Steps[b.Steps.Count - 1] switch
            {
                BodyPaths.AllContainers => "containers",
                BodyPaths.Keys => "keys",
                var step => step,
            },
            _ => "list",
        };

        private bool Compare(CompareCondition c)
        {
            var l = Eval(c.Left);
            var r = Eval(c.Right);
            var kind = c.Left is ConstValue ? c.Right.Kind : c.Left.Kind;
            switch (kind)
            {
                case ValueKind.Number:
                    var a = l as long?;
                    var b = r as long?;
                    return c.Op switch
                    {
                        CompareOp.Equal => a == b,
                        CompareOp.NotEqual => a != b,
                        CompareOp.Less => a < b,
                        CompareOp.LessOrEqual => a <= b,
                        CompareOp.Greater => a > b,
                        CompareOp.GreaterOrEqual => a >= b,
                        _ => false,
                    };
                case ValueKind.Bool:
                    return c.Op == CompareOp.Equal ? Equals(l, r) : c.Op == CompareOp.NotEqual && !Equals(l, r);
                default:
                    var eq = string.Equals(l as string, r as string, StringComparison.Ordinal);
                    return c.Op == CompareOp.Equal ? eq : c.Op == CompareOp.NotEqual && !eq;
            }
        }

        private object? Eval(DetectionValue v)
        {
            switch (v)
            {
                case ConstValue k:
                    return k.ConstKind switch
                    {
                        ValueKind.Number => k.AsNumber,
                        ValueKind.Bool => k.Text == "true",
                        _ => k.Text,
                    };
                case FieldValue f:
                    if (f.Field == EventField.ResponseCode)
                    {
                        return e.ResponseCode;
                    }
                    return EventFields.IsList(f.Field) ? e.GetList(f.Field, f.Argument) : e.Get(f.Field, f.Argument);
                case BodyValue b:
                    return EvalBody(b);
                default:
                    throw new NotSupportedException("unknown value " + v.GetType().Name);
            }
        }

        private object? EvalBody(BodyValue b)
        {
            object? start = b.Root == BodyRoot.Item
                ? (b.ItemDepth < _items.Count ? _items[b.ItemDepth] : null)
                : BodyPaths.Root(e, b.Root);
            if (start is string s)
            {
                // An item of a list of strings (groups, query values).
                return b.Steps.IsEmpty && b.LeafKind == ValueKind.String ? s : Default(b.LeafKind, null);
            }
            var node = BodyPaths.Walk(start as IBodyNode, b.Steps, Resource);
            return Default(b.LeafKind, node);
        }

        private static object? Default(ValueKind kind, IBodyNode? node) => kind switch
        {
            ValueKind.String => BodyPaths.String(node),
            ValueKind.Bool => BodyPaths.Bool(node),
            ValueKind.Number => BodyPaths.Number(node),
            _ => node,
        };
    }
}
