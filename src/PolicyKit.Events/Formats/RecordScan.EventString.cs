using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace PolicyKit.Events.Formats;

/// <summary>The event string of a record: checked and unescaped into the decoder's buffer in one pass.</summary>
internal ref partial struct RecordScan
{
    /// <summary>
    /// The event string at its opening quote, checked and unescaped into _into in the same pass: plain bytes are
    /// copied 16 at a time until one ends the run (a quote, a backslash, a control character).
    /// </summary>
    private bool EventString()
    {
        var i = _pos + 1;
        var j = 0;
        var end = _json.Length;
        var escaped = false;
        _eventStart = i;
        ref var s0 = ref MemoryMarshal.GetReference(_json);
        ref var d0 = ref MemoryMarshal.GetReference(_into);
        var quote = Vector128.Create((byte)'"');
        var backslash = Vector128.Create((byte)'\\');
        var space = Vector128.Create((byte)' ');
        while (true)
        {
            byte b;
            if (i + 16 <= end)
            {
                // j < i and _into is as long as the value, so the 16-byte store at j stays inside it whenever the load at i does.
                var v = Vector128.LoadUnsafe(ref s0, (nuint)i);
                v.StoreUnsafe(ref d0, (nuint)j);
                var stops = (Vector128.Equals(v, quote) | Vector128.Equals(v, backslash) | Vector128.LessThan(v, space)).ExtractMostSignificantBits();
                if (stops == 0)
                {
                    i += 16;
                    j += 16;
                    continue;
                }
                var k = BitOperations.TrailingZeroCount(stops);
                i += k;
                j += k;
                b = Unsafe.Add(ref s0, i);
            }
            else
            {
                while (i < end && _json[i] is not ((byte)'"' or (byte)'\\') && _json[i] >= ' ')
                {
                    _into[j++] = _json[i++];
                }
                if (i >= end)
                {
                    return false;
                }
                b = _json[i];
            }
            if (b == '"')
            {
                _eventLength = i - _eventStart;
                _written = j;
                _escaped = escaped;
                _pos = i + 1;
                return true;
            }
            if (b != '\\' || i + 1 >= end)
            {
                return false;
            }
            escaped = true;
            var e = Unsafe.Add(ref s0, i + 1);
            if (e is (byte)'"' or (byte)'\\' or (byte)'/')
            {
                // Nearly every escape of an event's JSON in a string: its own quotes.
                Unsafe.Add(ref d0, j++) = e;
                i += 2;
                continue;
            }
            if (e == 'u')
            {
                if (!UnicodeEscape(ref i, ref j))
                {
                    return false;
                }
                continue;
            }
            var plain = e switch
            {
                (byte)'n' => (byte)'\n',
                (byte)'t' => (byte)'\t',
                (byte)'r' => (byte)'\r',
                (byte)'b' => (byte)'\b',
                (byte)'f' => (byte)'\f',
                _ => (byte)0,
            };
            if (plain == 0)
            {
                return false;
            }
            Unsafe.Add(ref d0, j++) = plain;
            i += 2;
        }
    }

    /// <summary>\uXXXX at <paramref name="i"/> (a pair of them for a surrogate pair), written as UTF-8; a lone surrogate is noted, not written.</summary>
    private bool UnicodeEscape(ref int i, ref int j)
    {
        var unit = Hex4(i + 2);
        if (unit < 0)
        {
            return false;
        }
        i += 6;
        int code;
        if (unit is >= 0xD800 and <= 0xDBFF)
        {
            var low = i + 1 < _json.Length && _json[i] == '\\' && _json[i + 1] == 'u' ? Hex4(i + 2) : -1;
            if (low is < 0xDC00 or > 0xDFFF)
            {
                _loneSurrogate = true;
                return true;
            }
            i += 6;
            code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        }
        else if (unit is >= 0xDC00 and <= 0xDFFF)
        {
            _loneSurrogate = true;
            return true;
        }
        else
        {
            code = unit;
        }
        j += new Rune(code).EncodeToUtf8(_into.Slice(j));
        return true;
    }
}
