using System;
using System.Buffers.Binary;
using System.Text.Json;

namespace PolicyKit.Events;

/// <summary>
/// Shares the strings of repeated values (verbs, stages, resources, users, groups): a log of millions of
/// events holds a few hundred distinct ones, so reading them allocates nothing after warm-up, and every
/// event shares them (the compiled matcher and the rules then read strings that are already in cache).
/// Invalid UTF-8 and lone surrogate escapes read as U+FFFD (<see cref="JsonStrings"/>).
/// </summary>
internal sealed class Utf8StringPool
{
    private const int Size = 8192;
    private const int MaxLength = 256;
    private readonly byte[]?[] _keys = new byte[Size][];
    private readonly string?[] _values = new string[Size];

    /// <summary>The current string token of <paramref name="reader"/>.</summary>
    public string Get(ref Utf8JsonReader reader)
        => reader.HasValueSequence ? JsonStrings.Get(ref reader) : Get(reader.ValueSpan, reader.ValueIsEscaped);

    public string Get(ReadOnlySpan<byte> utf8) => Get(utf8, false);

    /// <summary>
    /// A string token's content as written between its quotes, decoded (<paramref name="escaped"/>: it holds
    /// escapes). The written bytes are the key: whether they hold escapes is part of them (a backslash is
    /// always one), so an escaped requestURI (<c>\u0026</c>) repeats as cheaply as a plain one.
    /// </summary>
    public string Get(ReadOnlySpan<byte> utf8, bool escaped)
    {
        var slot = -1;
        return Get(utf8, escaped, ref slot);
    }

    /// <summary>
    /// As <see cref="Get(ReadOnlySpan{byte}, bool)"/>, trying first the slot this field's last value was in
    /// (<paramref name="recentSlot"/>, -1 for none, updated): consecutive events mostly repeat a field (kind,
    /// apiVersion, verb, user), and one comparison costs less than hashing.
    /// </summary>
    public string Get(ReadOnlySpan<byte> utf8, bool escaped, ref int recentSlot)
    {
        if (utf8.IsEmpty)
        {
            return "";
        }
        if ((uint)recentSlot < Size && utf8.SequenceEqual(_keys[recentSlot]))
        {
            return _values[recentSlot]!;
        }
        if (utf8.Length > MaxLength)
        {
            return JsonStrings.Decode(utf8, escaped);
        }
        var hash = Hash(utf8);
        // Linear probing over a few slots; a full neighbourhood just means an unpooled string.
        for (var i = 0; i < 8; i++)
        {
            var slot = (int)((hash + (uint)i) & (Size - 1));
            var key = _keys[slot];
            if (key is null)
            {
                var s = JsonStrings.Decode(utf8, escaped);
                _keys[slot] = utf8.ToArray();
                _values[slot] = s;
                recentSlot = slot;
                return s;
            }
            if (utf8.SequenceEqual(key))
            {
                recentSlot = slot;
                return _values[slot]!;
            }
        }
        return JsonStrings.Decode(utf8, escaped);
    }

    /// <summary>
    /// A multiplicative hash over 8 bytes at a time (a byte-at-a-time FNV cost as much as the rest of a
    /// lookup); the tail is read as the last 8 bytes, overlapping, so every byte counts without a byte loop.
    /// </summary>
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        ulong hash = (ulong)utf8.Length * 0x9E3779B97F4A7C15UL;
        if (utf8.Length < 8)
        {
            ulong word = 0;
            for (var i = 0; i < utf8.Length; i++)
            {
                word = (word << 8) | utf8[i];
            }
            return Mix(hash ^ word);
        }
        var at = 0;
        for (; at + 8 <= utf8.Length; at += 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8.Slice(at))) * 0x100000001B3UL;
            hash ^= hash >> 29;
        }
        if (at < utf8.Length)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8.Slice(utf8.Length - 8))) * 0x100000001B3UL;
        }
        return Mix(hash);
    }

    private static uint Mix(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        return (uint)hash;
    }
}
