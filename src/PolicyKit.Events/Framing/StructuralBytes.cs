using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PolicyKit.Events.Framing;

/// <summary>
/// Where the bytes that can matter to <see cref="StructuralScan"/> are in up to 64 bytes: quotes, backslashes,
/// brackets and newlines, one bit each (bit i for byte i), found with vector compares instead of one search per byte
/// of interest. A pretty-printed EventList has one such byte every few bytes, so a search per byte would set up
/// more often than it scans.
/// </summary>
internal static class StructuralBytes
{
    public static ulong Mask(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 64)
        {
            return Short(bytes);
        }
        ref var at = ref MemoryMarshal.GetReference(bytes);
        if (Vector512.IsHardwareAccelerated)
        {
            return Of(Vector512.LoadUnsafe(ref at)).ExtractMostSignificantBits();
        }
        if (Vector256.IsHardwareAccelerated)
        {
            return Of(Vector256.LoadUnsafe(ref at)).ExtractMostSignificantBits()
                | ((ulong)Of(Vector256.LoadUnsafe(ref at, 32)).ExtractMostSignificantBits() << 32);
        }
        var mask = 0UL;
        for (nuint i = 0; i < 64; i += 16)
        {
            mask |= (ulong)Of(Vector128.LoadUnsafe(ref at, i)).ExtractMostSignificantBits() << (int)i;
        }
        return mask;
    }

    // '{' 0x7B and '[' 0x5B, '}' 0x7D and ']' 0x5D differ by 0x20 only, and no other byte ORed with 0x20 gives 0x7B or 0x7D.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<byte> Of(Vector512<byte> v)
    {
        var folded = v | Vector512.Create((byte)0x20);
        return Vector512.Equals(v, Vector512.Create((byte)'"')) | Vector512.Equals(v, Vector512.Create((byte)'\\'))
            | Vector512.Equals(v, Vector512.Create((byte)'\n')) | Vector512.Equals(folded, Vector512.Create((byte)'{'))
            | Vector512.Equals(folded, Vector512.Create((byte)'}'));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Of(Vector256<byte> v)
    {
        var folded = v | Vector256.Create((byte)0x20);
        return Vector256.Equals(v, Vector256.Create((byte)'"')) | Vector256.Equals(v, Vector256.Create((byte)'\\'))
            | Vector256.Equals(v, Vector256.Create((byte)'\n')) | Vector256.Equals(folded, Vector256.Create((byte)'{'))
            | Vector256.Equals(folded, Vector256.Create((byte)'}'));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Of(Vector128<byte> v)
    {
        var folded = v | Vector128.Create((byte)0x20);
        return Vector128.Equals(v, Vector128.Create((byte)'"')) | Vector128.Equals(v, Vector128.Create((byte)'\\'))
            | Vector128.Equals(v, Vector128.Create((byte)'\n')) | Vector128.Equals(folded, Vector128.Create((byte)'{'))
            | Vector128.Equals(folded, Vector128.Create((byte)'}'));
    }

    private static ulong Short(ReadOnlySpan<byte> bytes)
    {
        var mask = 0UL;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is (byte)'"' or (byte)'\\' or (byte)'\n' or (byte)'{' or (byte)'}' or (byte)'[' or (byte)']')
            {
                mask |= 1UL << i;
            }
        }
        return mask;
    }
}
