using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit;

/// <summary>
/// An immutable array with structural equality, so that models built from it compare by value
/// (and so that generator pipeline steps holding them cache correctly).
/// </summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly T[]? _items;

    public EquatableArray(IEnumerable<T>? items)
    {
        var array = items?.ToArray();
        _items = array is { Length: > 0 } ? array : null;
    }

    public static EquatableArray<T> Empty => default;

    public int Count => _items?.Length ?? 0;

    public bool IsEmpty => _items is null;

    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    /// <summary>The items as an array without copying; callers must not mutate it.</summary>
    public T[] AsArray() => _items ?? Array.Empty<T>();

    public bool Contains(T item)
    {
        if (_items is null)
        {
            return false;
        }
        foreach (var x in _items)
        {
            if (x.Equals(item))
            {
                return true;
            }
        }
        return false;
    }

    public bool Equals(EquatableArray<T> other)
    {
        var a = AsArray();
        var b = other.AsArray();
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i].Equals(b[i]))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in AsArray())
        {
            hash = unchecked((hash * 31) + (item?.GetHashCode() ?? 0));
        }
        return hash;
    }

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    public static implicit operator EquatableArray<T>(T[]? items) => new(items);

    /// <summary>A struct enumerator, so foreach over the array allocates nothing (the evaluators' hot loops).</summary>
    public Enumerator GetEnumerator() => new(AsArray());

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)AsArray()).GetEnumerator();

    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        public readonly T Current => _items[_index];

        public bool MoveNext() => ++_index < _items.Length;
    }

    public override string ToString() => "[" + string.Join(", ", AsArray()) + "]";
}
