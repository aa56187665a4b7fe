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
        => new Context(e).Test(condition);

    private sealed class Context(IDetectionEvent e)
    {
        private readonly List<object?> _items = new();
        private string? _resource;

        private string Resource => _resource ??= e.Get(EventField.Resource);

        public bool Test(DetectionCondition c)
        {
            switch (c)
            {
                case AllOf all:
                    foreach (var x in all.Items)
                    {
                        if (!Test(x))
                        {
                            return false;
                        }
                    }
                    return true;
                case AnyOf any:
                    foreach (var x in any.Items)
                    {
                        if (Test(x))
                        {
                            return true;
                        }
                    }
                    return false;
                case NotCondition not:
                    return !Test(not.Inner);
                case ConstantCondition k:
                    return k.Value;
                case TruthCondition t:
                    return Eval(t.Value) is true;
                case CompareCondition cmp:
                    return Compare(cmp);
                case TextCondition text:
                    return TextMatching.Test(Eval(text.Subject) as string ?? "", text.Op, text.Argument);
                case InListCondition list:
                    return AllowLists.Contains(list.ListName, list.Values.AsArray(), Eval(list.Subject) as string ?? "");
                case AnyItemCondition anyItem:
                    return AnyItem(anyItem);
                default:
                    throw new NotSupportedException("unknown condition " + c.GetType().Name);
            }
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
