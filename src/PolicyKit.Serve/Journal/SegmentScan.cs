using System;
using Microsoft.Win32.SafeHandles;

namespace PolicyKit.Serve.Journal;

/// <summary>What a pass over a segment's records found: how far they are whole, and how many they are.</summary>
internal readonly record struct SegmentScan(long GoodLength, long FileLength, long Records, long Events)
{
    /// <summary>Reads the segment's records from the start, checking each; stops at the first that is torn or corrupt.</summary>
    public static SegmentScan Of(SafeFileHandle handle)
    {
        var length = System.IO.RandomAccess.GetLength(handle);
        var header = new byte[JournalRecord.HeaderSize];
        byte[] payload = [];
        long offset = 0, records = 0, events = 0;
        while (offset + JournalRecord.HeaderSize <= length)
        {
            if (System.IO.RandomAccess.Read(handle, header, offset) < header.Length)
            {
                break;
            }
            var size = JournalRecord.PayloadLength(header);
            if (size < 0 || offset + JournalRecord.HeaderSize + size > length)
            {
                break;
            }
            if (payload.Length < size)
            {
                payload = new byte[Math.Max(size, payload.Length * 2)];
            }
            var body = payload.AsSpan(0, size);
            if (System.IO.RandomAccess.Read(handle, body, offset + JournalRecord.HeaderSize) < size || !JournalRecord.IsIntact(header, body))
            {
                break;
            }
            offset += JournalRecord.HeaderSize + size;
            records++;
            events += JournalRecord.Events(header);
        }
        return new SegmentScan(offset, length, records, events);
    }
}
