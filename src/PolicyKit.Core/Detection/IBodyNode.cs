using System.Collections.Generic;

namespace PolicyKit.Detection;

/// <summary>The JSON type of a body node.</summary>
public enum BodyNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A node of a request or response body. Core has no JSON library: the runtime wraps its own parser's
/// nodes, and the typed views and the interpreter read bodies through this one interface.
/// </summary>
public interface IBodyNode
{
    BodyNodeKind Kind { get; }

    /// <summary>The property of an object, or null (also for a non-object).</summary>
    IBodyNode? Property(string name);

    /// <summary>The number of items of an array (0 for a non-array).</summary>
    int Count { get; }

    /// <summary>An item of an array.</summary>
    IBodyNode this[int index] { get; }

    /// <summary>The text of a string node, else null.</summary>
    string? String { get; }

    /// <summary>The value of an integral number node, else null.</summary>
    long? Integer { get; }

    /// <summary>The property names of an object, in document order (none for a non-object).</summary>
    IReadOnlyList<string> PropertyNames { get; }
}
