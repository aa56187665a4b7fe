using System;
using System.Buffers;
using PolicyKit.Events.Framing;

namespace PolicyKit.Events.Decoding;

/// <summary>
/// The fast way through one JSON object: its top-level members found by searching for JSON's structural
/// characters with vectorized IndexOf/IndexOfAny instead of tokenizing every byte. It checks the
/// structure (strings, brackets, keys, commas) but not the grammar of literals; whenever it meets
/// anything unusual (an escaped key, nesting past 64, a bracket that does not match) it gives up, and
/// the event is read with System.Text.Json instead, which also words any error.
/// </summary>
internal ref struct FastMemberScan
{
    private static readonly SearchValues<byte> Structural = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> LiteralEnd = SearchValues.Create(",}] \t\r\n"u8);

    private readonly ReadOnlySpan<byte> _json;
    private int _pos;

    private FastMemberScan(ReadOnlySpan<byte> json)
    {
        _json = json;
        _pos = 0;
    }

    /// <summary>Hands each top-level member to <paramref name="sink"/>; false when the object must be read the slow way.</summary>
    public static bool TryScan(ReadOnlySpan<byte> json, Utf8AuditEvent sink)
    {
        var scan = new FastMemberScan(json);
        return scan.Run(sink);
    }

    private bool Run(Utf8AuditEvent sink)
    {
        SkipSpace();
        return Members(sink, MemberParent.Event) && End();
    }

    /// <summary>
    /// The members of the object at the current position, each handed to the sink; the objects whose members
    /// the event reads (user, objectRef) are scanned the same way, one level down, so no second pass reads them.
    /// </summary>
    private bool Members(Utf8AuditEvent sink, MemberParent parent)
    {
        if (!Expect((byte)'{'))
        {
            return false;
        }
        SkipSpace();
        if (Peek() == '}')
        {
            _pos++;
            return true;
        }
        while (true)
        {
            SkipSpace();
            if (!String(out var keyStart, out var keyLength, out var keyEscaped) || keyEscaped)
            {
                return false;
            }
            var key = _json.Slice(keyStart, keyLength);
            SkipSpace();
            if (!Expect((byte)':'))
            {
                return false;
            }
            SkipSpace();
            var valueStart = _pos;
            MemberKind kind;
            switch (Peek())
            {
                case '"':
                    if (!String(out var s, out var l, out var escaped))
                    {
                        return false;
                    }
                    sink.Assign(parent, key, MemberKind.String, s, l, escaped);
                    goto next;
                case '{':
                    kind = MemberKind.Object;
                    break;
                case '[':
                    kind = MemberKind.Array;
                    break;
                case 'n':
                    kind = MemberKind.Null;
                    break;
                case 't' or 'f':
                    kind = MemberKind.Boolean;
                    break;
                default:
                    kind = MemberKind.Number;
                    break;
            }
            var nested = kind == MemberKind.Object && parent == MemberParent.Event ? Utf8AuditEvent.NestedParent(key) : null;
            if (nested is { } inner)
            {
                sink.BeginNested(inner);
            }
            var items = kind == MemberKind.Array && parent == MemberParent.Event && key.SequenceEqual("items"u8);
            if (nested is { } parentOfMembers ? !Members(sink, parentOfMembers) : items ? !Items(sink) : !Skip())
            {
                return false;
            }
            if (kind is MemberKind.Null or MemberKind.Boolean or MemberKind.Number && !IsLiteral(_json.Slice(valueStart, _pos - valueStart)))
            {
                return false;
            }
            sink.Assign(parent, key, kind, valueStart, _pos - valueStart, false);
        next:
            if (AfterValue((byte)'}') is { } end)
            {
                return end;
            }
        }
    }

    /// <summary>
    /// An EventList's items, skipped element by element (commas checked) with each element's place handed to
    /// the sink: the decoder then loads the items from there, with no second pass to find them.
    /// </summary>
    private bool Items(Utf8AuditEvent sink)
    {
        sink.BeginItems();
        if (sink.KnownItems is { } known && known.ListStart == _pos && OnlySeparatorsBetween(known))
        {
            foreach (var (start, length) in known.Items)
            {
                sink.AddItem(start, length);
            }
            _pos = known.ListEnd;
            return true;
        }
        _pos++;
        SkipSpace();
        if (Peek() == ']')
        {
            _pos++;
            return true;
        }
        while (true)
        {
            SkipSpace();
            var start = _pos;
            if (!Skip())
            {
                return false;
            }
            sink.AddItem(start, _pos - start);
            if (AfterValue((byte)']') is { } end)
            {
                return end;
            }
        }
    }

    /// <summary>After a member or an element: null on a comma (another follows), true on the closing bracket, false on anything else.</summary>
    private bool? AfterValue(byte close)
    {
        SkipSpace();
        var c = Peek();
        _pos++;
        return c == close ? true : c == ',' ? null : false;
    }

    /// <summary>
    /// Whether the framer's places account for the whole list: between its brackets only the items, spaces and
    /// one comma between each two (a literal item, or a missing comma, is not among its places).
    /// </summary>
    private bool OnlySeparatorsBetween(ItemPlaces known)
    {
        if (known.ListEnd > _json.Length || _json[known.ListEnd - 1] != ']')
        {
            return false;
        }
        var at = known.ListStart + 1;
        for (var i = 0; i < known.Items.Count; i++)
        {
            var (start, length) = known.Items[i];
            if (start < at || !IsSeparator(_json.Slice(at, start - at), comma: i > 0))
            {
                return false;
            }
            at = start + length;
        }
        return known.ListEnd - 1 >= at && IsSeparator(_json.Slice(at, known.ListEnd - 1 - at), comma: false);
    }

    private static bool IsSeparator(ReadOnlySpan<byte> gap, bool comma)
    {
        var rest = gap.Trim(" \t\r\n"u8);
        return comma ? rest.Length == 1 && rest[0] == ',' : rest.IsEmpty;
    }

    /// <summary>true, false, null, or a number as JSON writes it (-?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?).</summary>
    private static bool IsLiteral(ReadOnlySpan<byte> t)
    {
        if (t.SequenceEqual("true"u8) || t.SequenceEqual("false"u8) || t.SequenceEqual("null"u8))
        {
            return true;
        }
        var i = 0;
        if (i < t.Length && t[i] == '-')
        {
            i++;
        }
        var digits = Digits(t, ref i);
        if (digits == 0 || (digits > 1 && t[i - digits] == '0'))
        {
            return false;
        }
        if (i < t.Length && t[i] == '.')
        {
            i++;
            if (Digits(t, ref i) == 0)
            {
                return false;
            }
        }
        if (i < t.Length && (t[i] == 'e' || t[i] == 'E'))
        {
            i++;
            if (i < t.Length && (t[i] == '+' || t[i] == '-'))
            {
                i++;
            }
            if (Digits(t, ref i) == 0)
            {
                return false;
            }
        }
        return i == t.Length;
    }

    private static int Digits(ReadOnlySpan<byte> t, ref int i)
    {
        var start = i;
        while (i < t.Length && t[i] >= '0' && t[i] <= '9')
        {
            i++;
        }
        return i - start;
    }

    private bool End()
    {
        SkipSpace();
        return _pos == _json.Length;
    }

    /// <summary>A string token: its content's position (without quotes) and whether it holds escapes.</summary>
    private bool String(out int start, out int length, out bool escaped)
    {
        start = length = 0;
        escaped = false;
        if (Peek() != '"')
        {
            return false;
        }
        start = ++_pos;
        // One search for the closing quote or a backslash: a backslash escapes the byte after it, so the
        // first quote found outside an escape closes the string; escapes are rare, so this is one search.
        while (true)
        {
            var i = _pos < _json.Length ? IndexOfQuoteOrBackslash(_json.Slice(_pos)) : -1;
            if (i < 0)
            {
                return false;
            }
            _pos += i;
            if (_json[_pos] == '"')
            {
                length = _pos - start;
                _pos++;
                return true;
            }
            escaped = true;
            _pos += 2;
        }
    }

    /// <summary>
    /// Most keys and values are a few bytes long (kind, verb, "get"): a plain loop finds their end before a
    /// vectorized search would have set up; longer ones are searched.
    /// </summary>
    private static int IndexOfQuoteOrBackslash(ReadOnlySpan<byte> s)
    {
        var n = Math.Min(s.Length, 16);
        for (var i = 0; i < n; i++)
        {
            if (s[i] is (byte)'"' or (byte)'\\')
            {
                return i;
            }
        }
        if (n == s.Length)
        {
            return -1;
        }
        var rest = s.Slice(n).IndexOfAny((byte)'"', (byte)'\\');
        return rest < 0 ? -1 : n + rest;
    }

    /// <summary>Skips any value, tracking strings and bracket pairs (up to 64 deep).</summary>
    private bool Skip()
    {
        var c = Peek();
        if (c == '"')
        {
            return String(out _, out _, out _);
        }
        if (c != '{' && c != '[')
        {
            var end = _pos < _json.Length ? _json.Slice(_pos).IndexOfAny(LiteralEnd) : -1;
            if (end <= 0)
            {
                return false;
            }
            _pos += end;
            return true;
        }
        ulong stack = 0; // bit per level: 1 for an object
        var depth = 0;
        while (true)
        {
            var i = _pos < _json.Length ? _json.Slice(_pos).IndexOfAny(Structural) : -1;
            if (i < 0)
            {
                return false;
            }
            _pos += i;
            switch (_json[_pos])
            {
                case (byte)'"':
                    if (!String(out _, out _, out _))
                    {
                        return false;
                    }
                    continue;
                case (byte)'{':
                case (byte)'[':
                    if (depth == 64)
                    {
                        return false;
                    }
                    stack = (stack << 1) | (_json[_pos] == '{' ? 1UL : 0UL);
                    depth++;
                    break;
                default:
                    var isObject = (stack & 1) == 1;
                    if (depth == 0 || isObject != (_json[_pos] == '}'))
                    {
                        return false;
                    }
                    stack >>= 1;
                    depth--;
                    if (depth == 0)
                    {
                        _pos++;
                        return true;
                    }
                    break;
            }
            _pos++;
        }
    }

    private int Peek() => _pos < _json.Length ? _json[_pos] : -1;

    private bool Expect(byte c)
    {
        if (Peek() != c)
        {
            return false;
        }
        _pos++;
        return true;
    }

    private void SkipSpace()
    {
        while (_pos < _json.Length && _json[_pos] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            _pos++;
        }
    }
}
