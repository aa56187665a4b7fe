using System;
using System.Text.Json;

namespace PolicyKit.Cli.Events;

/// <summary>
/// Strings of the few values an audit log repeats endlessly (verbs, users, groups, namespaces, API
/// groups, resources): each read once, then handed out again when the same UTF-8 bytes come back. A
/// direct-mapped table, so a rare value only evicts a slot; a log of millions of events allocates a
/// handful of these strings instead of one per field per event, and every request shares them.
/// </summary>
internal sealed class Utf8StringCache
{
    private const int Slots = 1024;
    private const int MaxLength = 128;

    private readonly byte[]?[] _keys = new byte[Slots][];
    private readonly string?[] _values = new string[Slots];

    /// <summary>One per thread: the event parser is static, and a reader runs on one thread.</summary>
    [ThreadStatic]
    private static Utf8StringCache? _current;

    public static Utf8StringCache Current => _current ??= new Utf8StringCache();

    /// <summary>The current string token's value.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        var bytes = reader.ValueSpan;
        if (reader.ValueIsEscaped || reader.HasValueSequence || bytes.Length > MaxLength)
        {
            return reader.GetString()!;
        }
        if (bytes.Length == 0)
        {
            return "";
        }
        var hash = new HashCode();
        hash.AddBytes(bytes);
        var slot = hash.ToHashCode() & (Slots - 1);
        if (_keys[slot] is { } key && bytes.SequenceEqual(key))
        {
            return _values[slot]!;
        }
        // GetString, not Encoding: invalid UTF-8 must fail exactly as it does uncached.
        var value = reader.GetString()!;
        _keys[slot] = bytes.ToArray();
        _values[slot] = value;
        return value;
    }
}
