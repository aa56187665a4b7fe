using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace PolicyKit.Events.Formats;

/// <summary>What the envelope readers share: finding a field of an object, and a string field's content as UTF-8.</summary>
internal static class EnvelopeJson
{
    /// <summary>Moves the reader (on a StartObject) to the value of <paramref name="name"/>; false, at the object's end, when it has none.</summary>
    public static bool Find(ref Utf8JsonReader r, ReadOnlySpan<byte> name)
    {
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var match = JsonTokens.Name(ref r).SequenceEqual(name);
            r.Read();
            if (match)
            {
                return true;
            }
            r.Skip();
        }
        return false;
    }

    /// <summary>
    /// Writes the current string token's content, unescaped: the event JSON that EKS and AKS carry as a string.
    /// Lone surrogate escapes, which System.Text.Json refuses to unescape, become U+FFFD as everywhere else (JsonStrings).
    /// </summary>
    public static void CopyString(ref Utf8JsonReader r, ArrayBufferWriter<byte> into)
    {
        if (!r.ValueIsEscaped)
        {
            into.Write(r.ValueSpan);
            return;
        }
        try
        {
            var n = r.CopyString(into.GetSpan(r.ValueSpan.Length));
            into.Advance(n);
        }
        catch (InvalidOperationException)
        {
            into.Write(Encoding.UTF8.GetBytes(JsonStrings.Decode(r.ValueSpan, escaped: true)));
        }
    }

    /// <summary>The line a part of a value starts at: the value's line plus the newlines before it.</summary>
    public static long LineOf(ReadOnlySpan<byte> value, long valueLine, long offset)
        => valueLine + value.Slice(0, (int)Math.Min(offset, value.Length)).Count((byte)'\n');
}
