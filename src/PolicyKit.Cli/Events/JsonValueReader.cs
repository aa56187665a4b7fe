using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace PolicyKit.Cli.Events;

/// <summary>One top-level JSON value of an input, or the reason a line could not be read as one.</summary>
internal readonly record struct JsonValueInput(ReadOnlyMemory<byte> Json, long Line, string? Error, bool Unchecked = false)
{
    public bool IsError => Error is not null;
}

/// <summary>
/// Splits a stream into top-level JSON values: JSON lines (one value per line, the audit log format),
/// several values on a line, and values spread over many lines (a pretty-printed EventList). A line that
/// is not JSON is reported with its number and skipped; reading goes on with the next line.
/// </summary>
internal sealed class JsonValueReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly int _maxValueBytes;
    private readonly Queue<(byte[] Bytes, long Line)> _replay = new();
    private byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private bool _eof;
    private long _lineNumber;
    private ReadOnlyMemory<byte> _rest;
    private long _restLine;
    private ReadOnlyMemory<byte> _unchecked;
    private long _uncheckedLine;

    public JsonValueReader(Stream stream, int maxValueBytes = 256 << 20)
    {
        _stream = stream;
        _maxValueBytes = maxValueBytes;
    }

    /// <summary>The next value or error; false at the end of the input.</summary>
    public bool TryRead(out JsonValueInput value)
    {
        while (true)
        {
            ReadOnlyMemory<byte> line;
            long lineNo;
            if (!_rest.IsEmpty)
            {
                (line, lineNo) = (_rest, _restLine);
                _rest = default;
            }
            else if (!TryReadLine(out line, out lineNo))
            {
                value = default;
                return false;
            }
            if (lineNo == 1 && line.Span.StartsWith(Utf8Bom))
            {
                line = line.Slice(Utf8Bom.Length);
            }
            var text = Trim(line);
            if (text.IsEmpty)
            {
                continue;
            }
            // The audit log's own shape, one object per line: hand it over unchecked and let the event
            // parser be the only pass over it; Recheck() sorts out the rare line it cannot parse.
            if (text.Span[0] == (byte)'{' && text.Span[text.Length - 1] == (byte)'}')
            {
                _unchecked = text;
                _uncheckedLine = lineNo;
                value = new JsonValueInput(text, lineNo, null, Unchecked: true);
                return true;
            }
            value = Classify(text, lineNo);
            return true;
        }
    }

    /// <summary>
    /// For an unchecked value that was not valid JSON as a whole: several values on the line, a value
    /// that continues on the next lines, or a bad line. Call before the next TryRead.
    /// </summary>
    public JsonValueInput Recheck() => Classify(_unchecked, _uncheckedLine);

    private JsonValueInput Classify(ReadOnlyMemory<byte> text, long lineNo)
    {
        switch (Scan(text.Span, out var consumed, out var error))
        {
            case ScanResult.Complete:
                var rest = Trim(text.Slice(consumed));
                if (!rest.IsEmpty)
                {
                    // Several values on one line: hand them out one by one. Copy, the buffer may move.
                    _rest = rest.ToArray();
                    _restLine = lineNo;
                    return new JsonValueInput(text.Slice(0, consumed).ToArray(), lineNo, null);
                }
                return new JsonValueInput(text.Slice(0, consumed), lineNo, null);
            case ScanResult.Invalid:
                return new JsonValueInput(default, lineNo, error);
            default:
                return ReadMultiLine(text, lineNo);
        }
    }

    /// <summary>A value that starts on this line and continues on the next ones.</summary>
    private JsonValueInput ReadMultiLine(ReadOnlyMemory<byte> first, long firstLine)
    {
        var firstProblem = IncompleteMessage(first.Span);
        var acc = new ArrayBufferWriter<byte>(first.Length * 4);
        acc.Write(first.Span);
        var followers = new List<(byte[] Bytes, long Line)>();
        while (TryReadLine(out var line, out var lineNo))
        {
            followers.Add((line.ToArray(), lineNo));
            acc.Write("\n"u8);
            acc.Write(line.Span);
            if (acc.WrittenCount > _maxValueBytes)
            {
                return new JsonValueInput(default, firstLine, $"a JSON value starting here is larger than {_maxValueBytes >> 20} MiB; skipped up to line {lineNo}");
            }
            if (Trim(line).IsEmpty)
            {
                continue;
            }
            var result = Scan(acc.WrittenSpan, out var consumed, out var error);
            if (result == ScanResult.Complete)
            {
                var rest = Trim(acc.WrittenMemory.Slice(consumed));
                if (!rest.IsEmpty)
                {
                    _rest = rest.ToArray();
                    _restLine = lineNo;
                }
                return new JsonValueInput(acc.WrittenMemory.Slice(0, consumed), firstLine, null);
            }
            if (result == ScanResult.Invalid)
            {
                // The first line was not the start of a document after all: report it, re-read the others.
                foreach (var f in followers)
                {
                    _replay.Enqueue(f);
                }
                return new JsonValueInput(default, firstLine, firstProblem ?? error);
            }
        }
        return new JsonValueInput(default, firstLine, firstProblem ?? "the input ends inside a JSON value that starts here");
    }

    private static string? IncompleteMessage(ReadOnlySpan<byte> line)
        => line.Length > 0 && (line[0] == (byte)'{' || line[0] == (byte)'[') ? "incomplete JSON (the line ends inside a value; truncated?)" : null;

    private enum ScanResult
    {
        Complete,
        Incomplete,
        Invalid,
    }

    private static ScanResult Scan(ReadOnlySpan<byte> json, out int consumed, out string? error)
    {
        consumed = 0;
        error = null;
        var reader = new Utf8JsonReader(json, isFinalBlock: false, state: default);
        try
        {
            if (!reader.Read() || !reader.TrySkip())
            {
                return ScanResult.Incomplete;
            }
            // A number at the very end may continue in the next block; a top-level number is no event anyway.
            consumed = (int)reader.BytesConsumed;
            return ScanResult.Complete;
        }
        catch (JsonException ex)
        {
            error = "not JSON: " + ex.Message;
            return ScanResult.Invalid;
        }
    }

    private static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> m)
    {
        var s = m.Span;
        var a = 0;
        var b = s.Length;
        while (a < b && IsSpace(s[a]))
        {
            a++;
        }
        while (b > a && IsSpace(s[b - 1]))
        {
            b--;
        }
        return m.Slice(a, b - a);
    }

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>The next line without its '\n'. The memory is valid until the next call.</summary>
    private bool TryReadLine(out ReadOnlyMemory<byte> line, out long lineNo)
    {
        if (_replay.Count > 0)
        {
            var r = _replay.Dequeue();
            (line, lineNo) = (r.Bytes, r.Line);
            return true;
        }
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = _buffer.AsMemory(_start, newline);
                _start += newline + 1;
                lineNo = ++_lineNumber;
                return true;
            }
            if (_eof)
            {
                if (_start < _end)
                {
                    line = _buffer.AsMemory(_start, _end - _start);
                    _start = _end;
                    lineNo = ++_lineNumber;
                    return true;
                }
                line = default;
                lineNo = _lineNumber;
                return false;
            }
            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= _maxValueBytes)
            {
                // A single line longer than any event can be: drop it to keep memory bounded.
                throw new InvalidDataException($"line {_lineNumber + 1} is longer than {_maxValueBytes >> 20} MiB");
            }
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _eof = true;
        }
        _end += n;
    }
}
