using System;

namespace PolicyKit.Events.Framing;

/// <summary>
/// One top-level JSON value of an input, or why a line could not be read as one. <see cref="IsWholeLine"/>:
/// a line shaped like one object, handed over without checking (see <see cref="JsonLineSplitter"/>).
/// <see cref="Items"/>: the places of an EventList's items, when the framer found them (a multi-line value).
/// </summary>
public readonly record struct FramedValue(ReadOnlyMemory<byte> Json, long Line, string? Error, bool IsWholeLine = false, ItemPlaces? Items = null)
{
    public static FramedValue Failed(long line, string error) => new(default, line, error);
}
