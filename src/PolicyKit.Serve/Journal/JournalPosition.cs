using System;

namespace PolicyKit.Serve.Journal;

/// <summary>A place in the journal: a segment's number and a byte offset in it (the end of a record, or 0).</summary>
public readonly record struct JournalPosition(long Segment, long Offset) : IComparable<JournalPosition>
{
    public int CompareTo(JournalPosition other)
        => Segment != other.Segment ? Segment.CompareTo(other.Segment) : Offset.CompareTo(other.Offset);

    public static bool operator <(JournalPosition a, JournalPosition b) => a.CompareTo(b) < 0;

    public static bool operator >(JournalPosition a, JournalPosition b) => a.CompareTo(b) > 0;

    public static bool operator <=(JournalPosition a, JournalPosition b) => a.CompareTo(b) <= 0;

    public static bool operator >=(JournalPosition a, JournalPosition b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Segment}:{Offset}";
}
