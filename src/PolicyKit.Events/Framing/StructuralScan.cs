using System;
using System.Numerics;

namespace PolicyKit.Events.Framing;

/// <summary>
/// Finds where a JSON value that spans lines ends (a pretty-printed EventList, the webhook's format) by its
/// structure alone: strings and matching brackets, found 64 bytes at a time (<see cref="StructuralBytes"/>),
/// the bytes between them not looked at one by one. It does not check the grammar between them: the decoder
/// reads each event and says what is wrong with one. What it cannot follow (a bracket that does not match, a raw newline inside
/// a string, which JSON never has, nesting past <see cref="ReadLimits.MaxDepth"/>) is
/// <see cref="ScanResult.Invalid"/>, and the framer then reads the value with System.Text.Json for the exact
/// error. Resumable: each call continues where the last stopped, over the same value grown longer.
/// </summary>
internal sealed class StructuralScan
{
    // One bit per open bracket, 1 for an object: a closing bracket must match the innermost open one.
    private readonly ulong[] _objects = new ulong[(ReadLimits.MaxDepth / 64) + 1];
    private int _depth;
    private bool _inString;
    private bool _escaped;
    private int _newlines;
    private int _pos;

    // The items of an EventList, noted on the way: a string "items" at depth 1 followed by a colon and a list.
    private int _stringStart;
    private int _itemsKeyEnd = -1;
    private bool _inItems;
    private bool _irregular;
    private ItemPlaces? _places;

    /// <summary>After a complete scan: the newlines in the value (all outside its strings, where JSON allows them).</summary>
    public int Newlines => _newlines;

    /// <summary>Bytes looked at (tests hold it linear in the input).</summary>
    public long Work { get; private set; }

    /// <summary>Starts over for a value that begins at the first byte of the next text.</summary>
    public void Reset()
    {
        _depth = _pos = _newlines = 0;
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
        // The state every byte of interest touches is kept in locals (fields would be stored and loaded at each).
        var inString = _inString;
        var newlines = _newlines;
        try
        {
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
                // The next 64 bytes (or what is left) at once: a bit for each byte that can matter, visited in order.
                var blockStart = _pos;
                var blockEnd = Math.Min(value.Length, blockStart + 64);
                var mask = StructuralBytes.Mask(value.Slice(blockStart, blockEnd - blockStart));
                while (mask != 0)
                {
                    var at = blockStart + BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    var c = value[at];
                    if (inString)
                    {
                        if (c == '"')
                        {
                            inString = false;
                            if (_depth == 1)
                            {
                                _itemsKeyEnd = value.Slice(_stringStart, at - _stringStart).SequenceEqual("items"u8) ? at + 1 : -1;
                            }
                        }
                        else if (c == '\\')
                        {
                            if (at + 1 == blockEnd)
                            {
                                // The escaped byte starts the next block (or the next call): checked there.
                                _escaped = true;
                            }
                            else if (value[at + 1] == '\n')
                            {
                                _pos = at + 2;
                                return ScanResult.Invalid;
                            }
                            else
                            {
                                mask &= ~(1UL << (at + 1 - blockStart));
                            }
                        }
                        else if (c == '\n')
                        {
                            _pos = at + 1;
                            return ScanResult.Invalid;
                        }
                        continue;
                    }
                    switch (c)
                    {
                        case (byte)'"':
                            inString = true;
                            _stringStart = at + 1;
                            _irregular |= _inItems && _depth == 2;
                            continue;
                        case (byte)'\n':
                            newlines++;
                            continue;
                        case (byte)'\\':
                            // Not structure outside a string: the decoder words that error.
                            continue;
                    }
                    _pos = at + 1;
                    if (Bracket(value, c) is { } done)
                    {
                        end = _pos;
                        return done;
                    }
                }
                _pos = blockEnd;
            }
            return ScanResult.Incomplete;
        }
        finally
        {
            _inString = inString;
            _newlines = newlines;
        }
    }

    /// <summary>The bracket just before _pos: null to go on, else the scan's result (Complete when it closes the value).</summary>
    private ScanResult? Bracket(ReadOnlySpan<byte> value, byte c)
    {
        if (c is (byte)'{' or (byte)'[')
        {
            if (_depth == ReadLimits.MaxDepth)
            {
                return ScanResult.Invalid;
            }
            NoteOpen(value, c);
            var bit = 1UL << (_depth & 63);
            _objects[_depth >> 6] = c == '{' ? _objects[_depth >> 6] | bit : _objects[_depth >> 6] & ~bit;
            _depth++;
            return null;
        }
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
        return _depth == 0 ? ScanResult.Complete : null;
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
