using System;
using System.Text;
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
    private const int MaxLength = 128;
    private readonly byte[]?[] _keys = new byte[Size][];
    private readonly string?[] _values = new string[Size];

    /// <summary>The current string token of <paramref name="reader"/>.</summary>
    public string Get(ref Utf8JsonReader reader)
        => reader.ValueIsEscaped || reader.HasValueSequence ? JsonStrings.Get(ref reader) : Get(reader.ValueSpan);

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return "";
        }
        if (utf8.Length > MaxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }
        // Linear probing over a few slots; a full neighbourhood just means an unpooled string.
        for (var i = 0; i < 8; i++)
        {
            var slot = (int)((hash + (uint)i) & (Size - 1));
            var key = _keys[slot];
            if (key is null)
            {
                var s = Encoding.UTF8.GetString(utf8);
                _keys[slot] = utf8.ToArray();
                _values[slot] = s;
                return s;
            }
            if (utf8.SequenceEqual(key))
            {
                return _values[slot]!;
            }
        }
        return Encoding.UTF8.GetString(utf8);
    }
}
