using System;

namespace PolicyKit.Events.Framing;

/// <summary>
/// One top-level JSON value of an input, or why a line could not be read as one. <see cref="IsWholeLine"/>:
/// a line shaped like one object, handed over without checking (see <see cref="JsonLineSplitter"/>).
/// </summary>
public readonly record struct FramedValue(ReadOnlyMemory<byte> Json, long Line, string? Error, bool IsWholeLine = false)
{
    public static FramedValue Failed(long line, string error) => new(default, line, error);
}
