using System;
using System.Collections.Generic;

namespace PolicyKit.Events.Framing;

/// <summary>
/// Where a framed EventList's items are, as the framer's structural scan found them (relative to the value):
/// the items list, from its '[' to after its ']', and each item (an object) in it. The decoder checks that only
/// commas and spaces are between them and then reads no byte of the list twice to find its items.
/// </summary>
public sealed class ItemPlaces
{
    public int ListStart { get; internal set; }

    public int ListEnd { get; internal set; }

    public List<(int Start, int Length)> Items { get; } = new();

    /// <summary>
    /// The list's value with its items left out (the brackets stay): what its top-level members are, for telling its
    /// shape without reading every item (the decoder reads and reports each item).
    /// </summary>
    public byte[] Outline(ReadOnlySpan<byte> json) => [.. json.Slice(0, ListStart + 1), .. json.Slice(ListEnd - 1)];
}
