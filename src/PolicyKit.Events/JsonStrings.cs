using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace PolicyKit.Events;

/// <summary>
/// Decodes JSON string tokens the way the apiserver's Go decoder does, never throwing: invalid UTF-8 and
/// lone surrogate escapes (<c>"\ud800"</c>) become U+FFFD. System.Text.Json throws on both, and a log is
/// written by whoever controls a user name or an object name.
/// </summary>
internal static class JsonStrings
{
    /// <summary>The current string token of <paramref name="reader"/>.</summary>
    public static string Get(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence)
        {
            return Decode(reader.ValueSequence.ToArray(), reader.ValueIsEscaped);
        }
        return Decode(reader.ValueSpan, reader.ValueIsEscaped);
    }

    /// <summary>A string token's content as it appears between its quotes.</summary>
    public static string Decode(ReadOnlySpan<byte> raw, bool escaped)
        => escaped ? Unescape(raw) : Encoding.UTF8.GetString(raw);

    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var backslash = raw.Slice(i).IndexOf((byte)'\\');
            var plainEnd = backslash < 0 ? raw.Length : i + backslash;
            if (plainEnd > i)
            {
                text.Append(Encoding.UTF8.GetString(raw.Slice(i, plainEnd - i)));
            }
            if (backslash < 0 || plainEnd + 1 >= raw.Length)
            {
                break;
            }
            var c = raw[plainEnd + 1];
            i = plainEnd + 2;
            switch (c)
            {
                case (byte)'n': text.Append('\n'); break;
                case (byte)'t': text.Append('\t'); break;
                case (byte)'r': text.Append('\r'); break;
                case (byte)'b': text.Append('\b'); break;
                case (byte)'f': text.Append('\f'); break;
                case (byte)'u':
                    i = AppendUnicodeEscape(raw, i, text);
                    break;
                default: text.Append((char)c); break;
            }
        }
        return text.ToString();
    }

    /// <summary>Appends the \uXXXX at <paramref name="at"/> (after "\u"), pairing surrogates; returns where reading goes on.</summary>
    private static int AppendUnicodeEscape(ReadOnlySpan<byte> raw, int at, StringBuilder text)
    {
        if (!TryHex(raw, at, out var unit))
        {
            text.Append('\uFFFD');
            return Math.Min(at + 4, raw.Length);
        }
        at += 4;
        if (char.IsHighSurrogate((char)unit) && at + 6 <= raw.Length && raw[at] == '\\' && raw[at + 1] == 'u'
            && TryHex(raw, at + 2, out var low) && char.IsLowSurrogate((char)low))
        {
            text.Append((char)unit).Append((char)low);
            return at + 6;
        }
        text.Append(char.IsSurrogate((char)unit) ? '\uFFFD' : (char)unit);
        return at;
    }

    private static bool TryHex(ReadOnlySpan<byte> raw, int at, out ushort value)
    {
        value = 0;
        return at + 4 <= raw.Length && Utf8Parser.TryParse(raw.Slice(at, 4), out value, out var used, 'x') && used == 4;
    }
}
