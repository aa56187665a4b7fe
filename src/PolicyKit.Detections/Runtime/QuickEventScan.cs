using System;
using System.Buffers;

namespace PolicyKit.Detections.Runtime;

/// <summary>
/// A fast first look at one JSON value: the top-level fields the rule index needs (kind, apiVersion,
/// auditID, stage, verb, objectRef's resource and subresource), found by searching for JSON's structural
/// characters with vectorized IndexOfAny instead of tokenizing. It checks the structure (strings,
/// brackets, keys) but not the grammar of values it skips; whenever it meets anything unusual (an escape
/// in a field it reads, a non-string where a string belongs) it gives up, and the caller reads the value
/// fully, which also validates it and words any error.
/// </summary>
public ref struct QuickEventScan
{
    private static readonly SearchValues<byte> Structural = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> LiteralEnd = SearchValues.Create(",}] \t\r\n"u8);

    private readonly ReadOnlySpan<byte> _json;
    private int _pos;

    public ReadOnlySpan<byte> Kind, ApiVersion, Stage, Verb, Resource, Subresource;
    public bool HasAuditId, HasObjectRef;

    private QuickEventScan(ReadOnlySpan<byte> json)
    {
        _json = json;
        _pos = 0;
        Kind = ApiVersion = Stage = Verb = Resource = Subresource = default;
        HasAuditId = HasObjectRef = false;
    }

    /// <summary>Scans the value; false when the caller must read it fully instead.</summary>
    public static bool TryScan(ReadOnlySpan<byte> json, out QuickEventScan scan)
    {
        scan = new QuickEventScan(json);
        return scan.Run();
    }

    private bool Run()
    {
        SkipSpace();
        if (!Object(topLevel: true))
        {
            return false;
        }
        SkipSpace();
        return _pos == _json.Length;
    }

    private bool Object(bool topLevel)
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
            if (!String(out var key, out var keyEscaped) || keyEscaped)
            {
                return false;
            }
            SkipSpace();
            if (!Expect((byte)':'))
            {
                return false;
            }
            SkipSpace();
            if (!Member(key, topLevel))
            {
                return false;
            }
            SkipSpace();
            var c = Peek();
            _pos++;
            if (c == '}')
            {
                return true;
            }
            if (c != ',')
            {
                return false;
            }
        }
    }

    private bool Member(ReadOnlySpan<byte> key, bool topLevel)
    {
        if (topLevel)
        {
            switch (key.Length)
            {
                case 4 when key.SequenceEqual("kind"u8):
                    return Text(out Kind);
                case 4 when key.SequenceEqual("verb"u8):
                    return Text(out Verb);
                case 5 when key.SequenceEqual("stage"u8):
                    return Text(out Stage);
                case 7 when key.SequenceEqual("auditID"u8):
                    HasAuditId = true;
                    return Peek() == '"' && Skip();
                case 10 when key.SequenceEqual("apiVersion"u8):
                    return Text(out ApiVersion);
                case 9 when key.SequenceEqual("objectRef"u8):
                    if (Peek() != '{')
                    {
                        return false;
                    }
                    HasObjectRef = true;
                    return Object(topLevel: false);
            }
            return Skip();
        }
        // objectRef's members.
        if (key.Length == 8 && key.SequenceEqual("resource"u8))
        {
            return Text(out Resource);
        }
        if (key.Length == 11 && key.SequenceEqual("subresource"u8))
        {
            return Text(out Subresource);
        }
        return Skip();
    }

    /// <summary>A string without escapes (what every real log writes for these fields).</summary>
    private bool Text(out ReadOnlySpan<byte> value)
    {
        value = default;
        return Peek() == '"' && String(out value, out var escaped) && !escaped;
    }

    private bool String(out ReadOnlySpan<byte> value, out bool escaped, bool checkEscapes = true)
    {
        value = default;
        escaped = false;
        if (Peek() != '"')
        {
            return false;
        }
        var start = ++_pos;
        // The closing quote is the first one not preceded by an odd run of backslashes; IndexOf of one
        // byte is the fastest search there is, and escapes are rare.
        while (true)
        {
            var i = _pos < _json.Length ? _json.Slice(_pos).IndexOf((byte)'"') : -1;
            if (i < 0)
            {
                return false;
            }
            _pos += i;
            var backslashes = 0;
            while (_pos - 1 - backslashes >= start && _json[_pos - 1 - backslashes] == '\\')
            {
                backslashes++;
            }
            if ((backslashes & 1) == 0)
            {
                value = _json.Slice(start, _pos - start);
                escaped = checkEscapes && value.IndexOf((byte)'\\') >= 0;
                _pos++;
                return true;
            }
            _pos++;
        }
    }

    /// <summary>Skips any value, tracking strings and bracket pairs (up to 64 deep).</summary>
    private bool Skip()
    {
        var c = Peek();
        if (c == '"')
        {
            return String(out _, out _, checkEscapes: false);
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
                    if (!String(out _, out _, checkEscapes: false))
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
