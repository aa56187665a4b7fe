using System;
using System.Collections.Generic;
using PolicyKit.Detection;

namespace PolicyKit;

/// <summary>A list in an event (groups, source IPs, query values) or a body (containers, volumes, subjects).</summary>
public sealed class ValueList<T>
{
    private readonly IReadOnlyList<T> _items;

    internal ValueList(IReadOnlyList<T> items) => _items = items;

    internal static ValueList<T> FromBody(IBodyNode? array, Func<IBodyNode, T> make)
    {
        var items = new List<T>();
        foreach (var node in BodyPaths.Items(array))
        {
            items.Add(make(node));
        }
        return new ValueList<T>(items);
    }

    /// <summary>Some item satisfies the predicate.</summary>
    public bool Any(Func<T, bool> predicate)
    {
        foreach (var x in _items)
        {
            if (predicate(x))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The list is not empty.</summary>
    public bool Any() => _items.Count > 0;

    /// <summary>Some item equals the value (ordinal for strings).</summary>
    public bool Contains(T value)
    {
        foreach (var x in _items)
        {
            if (EqualityComparer<T>.Default.Equals(x, value))
            {
                return true;
            }
        }
        return false;
    }
}
