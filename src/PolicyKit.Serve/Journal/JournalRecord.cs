using System;
using System.Buffers.Binary;
using System.IO.Hashing;

namespace PolicyKit.Serve.Journal;

/// <summary>
/// One record of a journal segment: a 12-byte header (payload length, CRC-32 of what follows the CRC, event
/// count; little-endian) and the payload (one acknowledged EventList body). A torn write (a crash in the
/// middle of an append) fails the length or the CRC check, so recovery can tell where the good records end.
/// </summary>
public static class JournalRecord
{
    public const int HeaderSize = 12;

    /// <summary>The largest payload a record may hold (the receiver's request limit is far below it).</summary>
    public const int MaxPayload = 1 << 30;

    /// <summary>The header of a record holding <paramref name="payload"/>.</summary>
    public static byte[] Header(ReadOnlySpan<byte> payload, int events)
    {
        var header = new byte[HeaderSize];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), events);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), Checksum(header.AsSpan(8, 4), payload));
        return header;
    }

    /// <summary>The payload length a header announces, or -1 when it cannot be a record's.</summary>
    public static int PayloadLength(ReadOnlySpan<byte> header)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        return length is < 0 or > MaxPayload ? -1 : length;
    }

    public static int Events(ReadOnlySpan<byte> header) => BinaryPrimitives.ReadInt32LittleEndian(header.Slice(8));

    /// <summary>Whether the payload is the one the header was written for.</summary>
    public static bool IsIntact(ReadOnlySpan<byte> header, ReadOnlySpan<byte> payload)
        => BinaryPrimitives.ReadUInt32LittleEndian(header.Slice(4)) == Checksum(header.Slice(8, 4), payload);

    private static uint Checksum(ReadOnlySpan<byte> count, ReadOnlySpan<byte> payload)
    {
        var crc = new Crc32();
        crc.Append(count);
        crc.Append(payload);
        return crc.GetCurrentHashAsUInt32();
    }
}
