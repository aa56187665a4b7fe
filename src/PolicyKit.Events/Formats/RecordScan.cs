using System;
using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PolicyKit.Events.Formats;

/// <summary>
/// The fast way through one EKS CloudWatch record or one AKS diagnostic record (one record per line, the common
/// case): a single strict pass that checks the value is one JSON object of that shape and unescapes the event
/// string (message, properties.log) straight into the buffer the event is read from. It accepts only what
/// System.Text.Json accepts, and gives up on whatever it does not handle itself (an escaped key, a repeated or
/// missing field, another shape's field, nesting past 64, any error): that value takes the general path
/// (FormatDetector, then EksRecords or AksRecords), which also words every error. The two paths give the same
/// events and problems (RecordScanTests).
/// </summary>
internal ref partial struct RecordScan
{
    private const int MaxDepth = 64;

    /// <summary>What ends a run of plain bytes in a JSON string.</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f"u8);

    private readonly ReadOnlySpan<byte> _json;
    private readonly Span<byte> _into;
    private readonly bool _aks;
    private int _pos;

    // The event string: where its token starts (-1: not met), its content, and what was unescaped into _into.
    private int _eventAt;
    private int _eventStart;
    private int _eventLength;
    private int _written;
    private bool _escaped;
    private bool _loneSurrogate;

    // AKS: the record's category and properties.
    private bool _category;
    private bool _isAudit;
    private bool _properties;

    private RecordScan(ReadOnlySpan<byte> json, Span<byte> into, bool aks)
    {
        _json = json;
        _into = into;
        _aks = aks;
        _eventAt = -1;
    }

    /// <summary>
    /// Reads <paramref name="value"/> as one record of <paramref name="shape"/> (EksRecord or AksRecord), handing its
    /// event to <paramref name="sink"/>; false, with nothing handed over, when the value must take the general path.
    /// </summary>
    public static bool TryRead(ReadOnlyMemory<byte> value, long line, EnvelopeShape shape, ArrayBufferWriter<byte> scratch, IEnvelopeSink sink)
    {
        var json = value.Span;
        var aks = shape == EnvelopeShape.AksRecord;
        scratch.ResetWrittenCount();
        var scan = new RecordScan(json, scratch.GetSpan(json.Length), aks);
        if (!scan.Run() || (aks ? !(scan._category && scan._properties) : scan._eventAt < 0))
        {
            return false;
        }
        if (aks && !scan._isAudit)
        {
            // Another category (kube-apiserver, guard...) sharing the Event Hub: no audit event, as in AksRecords.
            return true;
        }
        if (scan._eventAt < 0)
        {
            return false;
        }
        var written = scan._into.Slice(0, scan._written);
        if (scan._escaped && (scan._loneSurrogate || !Utf8.IsValid(written)))
        {
            // What System.Text.Json will not unescape (EnvelopeJson.CopyString): lone surrogates and invalid UTF-8 become U+FFFD.
            scratch.Write(Encoding.UTF8.GetBytes(JsonStrings.Decode(json.Slice(scan._eventStart, scan._eventLength), escaped: true)));
        }
        else
        {
            scratch.Advance(scan._written);
        }
        sink.Event(scratch.WrittenMemory, EnvelopeJson.LineOf(json, line, scan._eventAt), aks ? "record.properties.log" : "message");
        return true;
    }

    private bool Run()
    {
        SkipSpace();
        if (Peek() != '{' || !SkipObject(0, Where.Record))
        {
            return false;
        }
        SkipSpace();
        return _pos == _json.Length;
    }

    private enum Where
    {
        Record,
        Properties,
        Other,
    }

    /// <summary>The object at the current '{', to its '}'; the record's and properties' members are looked at.</summary>
    private bool SkipObject(int depth, Where where)
    {
        _pos++;
        SkipSpace();
        if (Peek() == '}')
        {
            _pos++;
            return true;
        }
        while (true)
        {
            SkipSpace();
            if (Peek() != '"' || !SkipString(out var keyStart, out var keyLength, out var keyEscaped) || keyEscaped)
            {
                return false;
            }
            var key = _json.Slice(keyStart, keyLength);
            SkipSpace();
            if (Peek() != ':')
            {
                return false;
            }
            _pos++;
            SkipSpace();
            var read = where switch
            {
                Where.Record => RecordMember(key, depth),
                Where.Properties => key.SequenceEqual("log"u8) ? EventMember() : Value(depth + 1),
                _ => Value(depth + 1),
            };
            if (!read || !Next((byte)'}', out var done))
            {
                return false;
            }
            if (done)
            {
                return true;
            }
        }
    }

    /// <summary>After a member or an item: its object's or list's end (<paramref name="done"/>) or a comma; false for anything else.</summary>
    private bool Next(byte close, out bool done)
    {
        SkipSpace();
        var c = Peek();
        _pos++;
        done = c == close;
        return done || c == ',';
    }

    private bool RecordMember(ReadOnlySpan<byte> key, int depth)
    {
        if (!_aks && key.SequenceEqual("message"u8))
        {
            return EventMember();
        }
        if (_aks && key.SequenceEqual("category"u8))
        {
            if (_category || Peek() != '"' || !SkipString(out var start, out var length, out var escaped) || escaped)
            {
                return false;
            }
            _category = true;
            var category = _json.Slice(start, length);
            _isAudit = category.SequenceEqual("kube-audit"u8) || category.SequenceEqual("kube-audit-admin"u8);
            return true;
        }
        if (_aks && key.SequenceEqual("properties"u8))
        {
            if (_properties || Peek() != '{')
            {
                return false;
            }
            _properties = true;
            return SkipObject(depth + 1, Where.Properties);
        }
        // A field that tells another shape (FormatDetector) makes the value the general path's to judge.
        return !IsShapeField(key) && Value(depth + 1);
    }

    private static bool IsShapeField(ReadOnlySpan<byte> key)
        => key.SequenceEqual("kind"u8) || key.SequenceEqual("auditID"u8) || key.SequenceEqual("protoPayload"u8)
            || key.SequenceEqual("protopayload_auditlog"u8) || key.SequenceEqual("message"u8) || key.SequenceEqual("logEvents"u8)
            || key.SequenceEqual("events"u8) || key.SequenceEqual("records"u8) || key.SequenceEqual("AuditId"u8)
            || key.SequenceEqual("category"u8) || key.SequenceEqual("properties"u8);

    private bool EventMember()
    {
        if (_eventAt >= 0 || Peek() != '"')
        {
            return false;
        }
        _eventAt = _pos;
        return EventString();
    }

    private bool Value(int depth)
    {
        switch (Peek())
        {
            case (byte)'"':
                return SkipString(out _, out _, out _);
            case (byte)'{':
                return depth < MaxDepth && SkipObject(depth, Where.Other);
            case (byte)'[':
                return depth < MaxDepth && SkipArray(depth);
            case (byte)'t':
                return Word("true"u8);
            case (byte)'f':
                return Word("false"u8);
            case (byte)'n':
                return Word("null"u8);
            default:
                return Number();
        }
    }

    private bool SkipArray(int depth)
    {
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
            if (!Value(depth + 1) || !Next((byte)']', out var done))
            {
                return false;
            }
            if (done)
            {
                return true;
            }
        }
    }

    private bool Word(ReadOnlySpan<byte> word)
    {
        if (!_json.Slice(_pos).StartsWith(word))
        {
            return false;
        }
        _pos += word.Length;
        return true;
    }

    /// <summary>JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?; what follows is the caller's to check.</summary>
    private bool Number()
    {
        if (Peek() == '-')
        {
            _pos++;
        }
        if (Peek() == '0')
        {
            _pos++;
        }
        else if (!Digits())
        {
            return false;
        }
        if (Peek() == '.')
        {
            _pos++;
            if (!Digits())
            {
                return false;
            }
        }
        if (Peek() is (byte)'e' or (byte)'E')
        {
            _pos++;
            if (Peek() is (byte)'+' or (byte)'-')
            {
                _pos++;
            }
            if (!Digits())
            {
                return false;
            }
        }
        return true;
    }

    private bool Digits()
    {
        var start = _pos;
        while ((uint)(Peek() - '0') <= 9)
        {
            _pos++;
        }
        return _pos > start;
    }

    /// <summary>A string at its opening quote, checked and passed over; its content's place and whether it has escapes.</summary>
    private bool SkipString(out int start, out int length, out bool escaped)
    {
        _pos++;
        start = _pos;
        length = 0;
        escaped = false;
        while (true)
        {
            var stop = _json.Slice(_pos).IndexOfAny(StringStops);
            if (stop < 0)
            {
                return false;
            }
            _pos += stop;
            var b = _json[_pos];
            if (b == '"')
            {
                length = _pos - start;
                _pos++;
                return true;
            }
            if (b != '\\' || !Escape())
            {
                return false;
            }
            escaped = true;
        }
    }

    /// <summary>An escape at the current backslash, checked and passed over.</summary>
    private bool Escape()
    {
        if (_pos + 1 >= _json.Length)
        {
            return false;
        }
        switch (_json[_pos + 1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                _pos += 2;
                return true;
            case (byte)'u':
                if (Hex4(_pos + 2) < 0)
                {
                    return false;
                }
                _pos += 6;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The four hex digits at <paramref name="at"/> as a number, or -1.</summary>
    private readonly int Hex4(int at)
    {
        if (at + 4 > _json.Length)
        {
            return -1;
        }
        var value = 0;
        for (var k = 0; k < 4; k++)
        {
            var digit = HexDigit(_json[at + k]);
            if (digit < 0)
            {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private readonly byte Peek() => _pos < _json.Length ? _json[_pos] : (byte)0;

    private void SkipSpace()
    {
        while (_pos < _json.Length && _json[_pos] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            _pos++;
        }
    }
}
