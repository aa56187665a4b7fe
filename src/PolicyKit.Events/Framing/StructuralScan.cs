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
    private static readonly bool[] OutsideBytes = Table("\"{}[]"u8);
    private static readonly bool[] InsideBytes = Table("\"\\\n"u8);

    // One bit per open bracket, 1 for an object: a closing bracket must match the innermost open one.
    private readonly ulong[] _objects = new ulong[(ReadLimits.MaxDepth / 64) + 1];
    private int _depth;
    private bool _inString;
    private bool _escaped;
    private int _pos;

    // The items of an EventList, noted on the way: a string "items" at depth 1 followed by a colon and a list.
    private int _stringStart;
    private int _itemsKeyEnd = -1;
    private bool _inItems;
    private bool _irregular;
    private ItemPlaces? _places;

    /// <summary>Bytes looked at (tests hold it linear in the input).</summary>
    public long Work { get; private set; }

    /// <summary>Starts over for a value that begins at the first byte of the next text.</summary>
    public void Reset()
    {
        _depth = _pos = 0;
        _inString = _escaped = _inItems = _irregular = false;
        _itemsKeyEnd = -1;
        _places = null;
    }

    /// <summary>After a complete scan: where the value's EventList items are, if it has one list of objects only.</summary>
    public ItemPlaces? Places => _irregular || _inItems ? null : _places;

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
                var i = IndexOf(value.Slice(_pos), Inside, InsideBytes);
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
                        if (_depth == 1)
                        {
                            _itemsKeyEnd = value.Slice(_stringStart, _pos - 1 - _stringStart).SequenceEqual("items"u8) ? _pos : -1;
                        }
                        break;
                    case (byte)'\\':
                        _escaped = true;
                        break;
                    default:
                        return ScanResult.Invalid;
                }
                continue;
            }
            var j = IndexOf(value.Slice(_pos), Outside, OutsideBytes);
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
                _stringStart = _pos;
                _irregular |= _inItems && _depth == 2;
            }
            else if (c is (byte)'{' or (byte)'[')
            {
                if (_depth == ReadLimits.MaxDepth)
                {
                    return ScanResult.Invalid;
                }
                NoteOpen(value, c);
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
                NoteClose();
                if (_depth == 0)
                {
                    end = _pos;
                    return ScanResult.Complete;
                }
            }
        }
        return ScanResult.Incomplete;
    }

    /// <summary>
    /// The first of <paramref name="values"/> in <paramref name="text"/>: they are close together in JSON (a key,
    /// then its value), so a plain loop over a few bytes finds most before a vectorized search would have set up.
    /// </summary>
    private static int IndexOf(ReadOnlySpan<byte> text, SearchValues<byte> values, ReadOnlySpan<bool> table)
    {
        var n = Math.Min(text.Length, 16);
        for (var i = 0; i < n; i++)
        {
            if (table[text[i]])
            {
                return i;
            }
        }
        if (n == text.Length)
        {
            return -1;
        }
        var rest = text.Slice(n).IndexOfAny(values);
        return rest < 0 ? -1 : n + rest;
    }

    private static bool[] Table(ReadOnlySpan<byte> bytes)
    {
        var table = new bool[256];
        foreach (var b in bytes)
        {
            table[b] = true;
        }
        return table;
    }

    /// <summary>A bracket at _pos - 1 opens level _depth + 1: the items list (after "items" and a colon), or an item in it.</summary>
    private void NoteOpen(ReadOnlySpan<byte> value, byte c)
    {
        if (_depth == 1 && c == '[' && _itemsKeyEnd >= 0 && value.Slice(_itemsKeyEnd, _pos - 1 - _itemsKeyEnd).Trim(" \t\r\n"u8).SequenceEqual(":"u8))
        {
            // A second items member: the decoder finds the items of the one that counts itself.
            _irregular |= _places is not null;
            _places ??= new ItemPlaces();
            _places.ListStart = _pos - 1;
            _inItems = true;
        }
        else if (_inItems && _depth == 2)
        {
            _irregular |= c != '{';
            _places!.Items.Add((_pos - 1, 0));
        }
        if (_depth == 1)
        {
            _itemsKeyEnd = -1;
        }
    }

    /// <summary>A bracket at _pos - 1 closed level _depth + 1: an item, or the items list.</summary>
    private void NoteClose()
    {
        if (!_inItems)
        {
            return;
        }
        if (_depth == 2)
        {
            var items = _places!.Items;
            items[^1] = (items[^1].Start, _pos - items[^1].Start);
        }
        else if (_depth == 1)
        {
            _places!.ListEnd = _pos;
            _inItems = false;
        }
    }
}
