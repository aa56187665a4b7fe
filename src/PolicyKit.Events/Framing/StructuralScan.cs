using System;
using System.Buffers;

namespace PolicyKit.Events.Framing;

/// <summary>
/// Finds where a JSON value that spans lines ends (a pretty-printed EventList, the webhook's format) by its
/// structure alone: strings and matching brackets, found with vectorized searches, the bytes between them
/// not looked at one by one. It does not check the grammar between them: the decoder reads each event and
/// says what is wrong with one. What it cannot follow (a bracket that does not match, a raw newline inside
/// a string, which JSON never has, nesting past <see cref="ReadLimits.MaxDepth"/>) is
/// <see cref="ScanResult.Invalid"/>, and the framer then reads the value with System.Text.Json for the exact
/// error. Resumable: each call continues where the last stopped, over the same value grown longer.
/// </summary>
internal sealed class StructuralScan
{
    private static readonly SearchValues<byte> Outside = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> Inside = SearchValues.Create("\"\\\n"u8);

    // One bit per open bracket, 1 for an object: a closing bracket must match the innermost open one.
    private readonly ulong[] _objects = new ulong[(ReadLimits.MaxDepth / 64) + 1];
    private int _depth;
    private bool _inString;
    private bool _escaped;
    private int _pos;

    /// <summary>Bytes looked at (tests hold it linear in the input).</summary>
    public long Work { get; private set; }

    /// <summary>Starts over for a value that begins at the first byte of the next text.</summary>
    public void Reset()
    {
        _depth = _pos = 0;
        _inString = _escaped = false;
    }

    /// <summary>
    /// Continues over <paramref name="value"/> (from the value's first byte, at least as long as at the last
    /// call). Complete: the value is its first <paramref name="end"/> bytes.
    /// </summary>
    public ScanResult Resume(ReadOnlySpan<byte> value, out int end)
    {
        end = 0;
        var from = _pos;
        try
        {
            return Scan(value, out end);
        }
        finally
        {
            Work += _pos - from;
        }
    }

    private ScanResult Scan(ReadOnlySpan<byte> value, out int end)
    {
        end = 0;
        while (_pos < value.Length)
        {
            if (_escaped)
            {
                // The byte after a backslash is escaped, whatever it is; a newline cannot be.
                _escaped = false;
                if (value[_pos++] == '\n')
                {
                    return ScanResult.Invalid;
                }
                continue;
            }
            if (_inString)
            {
                var i = value.Slice(_pos).IndexOfAny(Inside);
                if (i < 0)
                {
                    _pos = value.Length;
                    break;
                }
                _pos += i;
                switch (value[_pos++])
                {
                    case (byte)'"':
                        _inString = false;
                        break;
                    case (byte)'\\':
                        _escaped = true;
                        break;
                    default:
                        return ScanResult.Invalid;
                }
                continue;
            }
            var j = value.Slice(_pos).IndexOfAny(Outside);
            if (j < 0)
            {
                _pos = value.Length;
                break;
            }
            _pos += j;
            var c = value[_pos++];
            if (c == '"')
            {
                _inString = true;
            }
            else if (c is (byte)'{' or (byte)'[')
            {
                if (_depth == ReadLimits.MaxDepth)
                {
                    return ScanResult.Invalid;
                }
                var bit = 1UL << (_depth & 63);
                _objects[_depth >> 6] = c == '{' ? _objects[_depth >> 6] | bit : _objects[_depth >> 6] & ~bit;
                _depth++;
            }
            else
            {
                if (_depth == 0)
                {
                    return ScanResult.Invalid;
                }
                _depth--;
                var isObject = (_objects[_depth >> 6] & (1UL << (_depth & 63))) != 0;
                if (isObject != (c == '}'))
                {
                    return ScanResult.Invalid;
                }
                if (_depth == 0)
                {
                    end = _pos;
                    return ScanResult.Complete;
                }
            }
        }
        return ScanResult.Incomplete;
    }
}
