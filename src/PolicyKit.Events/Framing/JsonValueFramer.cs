using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace PolicyKit.Events.Framing;

/// <summary>
/// Splits a stream into top-level JSON values: JSON lines (the audit log format), several values on a
/// line, and values spread over many lines (a pretty-printed EventList, the webhook's format). Linear in
/// the input: a multi-line value is framed in place by its structure (<see cref="StructuralScan"/>), or, where
/// that fails, tokenized once. Anything that is not JSON is a located <see cref="FramedValue.Error"/>, and
/// reading goes on with the next line.
/// </summary>
internal sealed class JsonValueFramer
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly int _maxValueBytes;
    private readonly Stack<ReplayedLines> _replay = new();
    private readonly Action? _beforeBlockingRead;
    private byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private bool _eof;
    private long _lineNumber;
    private ReadOnlyMemory<byte> _rest;
    private long _restLine;
    private bool _checkedEncoding;
    private StructuralScan? _structural;
    private long _noStructuralScanBefore;

    /// <param name="stream">The input, decompressed.</param>
    /// <param name="maxValueBytes">The largest value read; larger ones are reported and skipped.</param>
    /// <param name="beforeBlockingRead">Called before each read of the stream (a live input flushes its output there).</param>
    public JsonValueFramer(Stream stream, int maxValueBytes = ReadLimits.DefaultMaxValueBytes, Action? beforeBlockingRead = null)
    {
        _stream = stream;
        _maxValueBytes = maxValueBytes;
        _beforeBlockingRead = beforeBlockingRead;
    }

    /// <summary>Bytes the JSON scanner looked at to find where values end (tests hold it linear in the input).</summary>
    internal long ScanWork { get; private set; }

    /// <summary>Bytes of input consumed so far (for progress).</summary>
    public long BytesRead { get; private set; }

    /// <summary>The input is not UTF-8 text (UTF-16 or UTF-32): set with the one error that says so, after which nothing more is read.</summary>
    public bool WrongEncoding { get; private set; }

    /// <summary>The next value or error; false at the end of the input.</summary>
    public bool TryRead(out FramedValue value)
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
            else if (!TryReadLine(out line, out lineNo, out var tooLong))
            {
                value = default;
                return false;
            }
            else if (tooLong)
            {
                value = FramedValue.Failed(lineNo, $"line longer than {Mib(_maxValueBytes)} (the limit, --max-event-size)");
                return true;
            }
            if (!_checkedEncoding)
            {
                _checkedEncoding = true;
                if (TextEncodingCheck.Describe(line.Span) is { } encoding)
                {
                    WrongEncoding = true;
                    _eof = true;
                    _start = _end;
                    value = FramedValue.Failed(lineNo, $"this input is {encoding}, not UTF-8; nothing of it was read (convert it: iconv -f {encoding} -t UTF-8)");
                    return true;
                }
                if (line.Span.StartsWith(Utf8Bom))
                {
                    line = line.Slice(Utf8Bom.Length);
                }
            }
            var text = Trim(line);
            if (text.IsEmpty)
            {
                continue;
            }
            if (text.Span[0] is >= (byte)'0' and <= (byte)'9')
            {
                text = text.Slice(CloudWatchExportPrefix.Length(text.Span));
            }
            // The audit log's own shape, one object per line: handed over unchecked, so that decoding it is
            // the only pass over it. A line shaped so that is not valid JSON is split or reported by
            // JsonLineSplitter (several values on the line, or a bad line); it never continues on the next line.
            if (text.Span[0] == (byte)'{' && text.Span[text.Length - 1] == (byte)'}')
            {
                value = new FramedValue(text, lineNo, null, IsWholeLine: true);
                return true;
            }
            value = Classify(text, lineNo);
            return true;
        }
    }

    private FramedValue Classify(ReadOnlyMemory<byte> text, long lineNo)
    {
        var scanner = new JsonValueScanner();
        try
        {
            return Classify(text, lineNo, scanner);
        }
        finally
        {
            ScanWork += scanner.Work;
        }
    }

    private FramedValue Classify(ReadOnlyMemory<byte> text, long lineNo, JsonValueScanner scanner)
    {
        switch (scanner.Scan(text.Span, out var consumed, out var error))
        {
            case ScanResult.Complete:
                var rest = Trim(text.Slice(consumed));
                if (!rest.IsEmpty)
                {
                    // Several values on one line: hand them out one by one. Copy: the buffer may move.
                    _rest = rest.ToArray();
                    _restLine = lineNo;
                    return new FramedValue(text.Slice(0, consumed).ToArray(), lineNo, null);
                }
                return new FramedValue(text.Slice(0, consumed), lineNo, null);
            case ScanResult.Invalid:
                return FramedValue.Failed(lineNo, LooksLikeYaml(text.Span) ? "not JSON: this line is YAML (an audit policy given as a log?); audit logs are JSON" : error!);
            default:
                return FrameStructurally(text, lineNo, out var first) is { } framed ? framed : ReadMultiLine(first, lineNo, scanner);
        }
    }

    /// <summary>
    /// A value that starts on this line and continues on the next ones, framed where it lies in the buffer by
    /// its structure (<see cref="StructuralScan"/>): no copy, no tokenizing. Null when that cannot frame it
    /// (it is invalid, too large, or the input ends inside it): then <paramref name="first"/> is the first line
    /// read again, for <see cref="ReadMultiLine"/> to read with System.Text.Json and say exactly what is wrong.
    /// </summary>
    private FramedValue? FrameStructurally(ReadOnlyMemory<byte> text, long lineNo, out ReadOnlyMemory<byte> first)
    {
        first = text;
        // The line is in the buffer unless it was replayed or left over; and where a structural scan failed
        // before, it is not tried again (each byte is scanned structurally at most once when scans fail).
        if (!MemoryMarshal.TryGetArray(text, out var segment) || segment.Array != _buffer || BytesRead - (_start - segment.Offset) < _noStructuralScanBefore)
        {
            return null;
        }
        // Back to the value's first byte: it is read from the buffer, which keeps it while it grows.
        BytesRead -= _start - segment.Offset;
        _start = segment.Offset;
        _lineNumber = lineNo - 1;
        var scan = _structural ??= new StructuralScan();
        scan.Reset();
        var work = scan.Work;
        try
        {
            while (true)
            {
                var available = Math.Min(_end - _start, _maxValueBytes);
                var result = scan.Resume(_buffer.AsSpan(_start, available), out var end);
                if (result == ScanResult.Complete)
                {
                    var json = _buffer.AsMemory(_start, end);
                    _start += end;
                    BytesRead += end;
                    // What follows the value on its last line is read as that line.
                    _lineNumber = lineNo + scan.Newlines - 1;
                    return new FramedValue(json, lineNo, null, Items: scan.Places);
                }
                if (result == ScanResult.Invalid || _eof || available >= _maxValueBytes)
                {
                    break;
                }
                Fill();
            }
        }
        finally
        {
            ScanWork += scan.Work - work;
        }
        _noStructuralScanBefore = BytesRead + (scan.Work - work);
        TryReadLine(out var line, out _, out _);
        first = Trim(line);
        return null;
    }

    /// <summary>
    /// A value that starts on this line and continues on the next ones, tokenized once, line by line: what the
    /// structural scan could not frame, read for the exact error (and, for an invalid first line, the lines after
    /// it read again as values of their own).
    /// </summary>
    private FramedValue ReadMultiLine(ReadOnlyMemory<byte> first, long firstLine, JsonValueScanner scanner)
    {
        var acc = new ArrayBufferWriter<byte>(Math.Max(first.Length * 4, 4096));
        acc.Write(first.Span);
        // Worded now: first may lie in the buffer, which the reads below move.
        var incomplete = IncompleteMessage(first.Span);
        var firstLength = first.Length;
        var tooLarge = false;
        long lastLine = firstLine;
        while (TryReadLine(out var line, out var lineNo, out var lineTooLong))
        {
            lastLine = lineNo;
            if (lineTooLong)
            {
                tooLarge = true;
                continue;
            }
            if (tooLarge)
            {
                // Past the limit: keep scanning to find the value's end, without keeping what was scanned.
                acc = Keep(scanner.TakePending(acc.WrittenMemory));
                firstLength = -1;
            }
            acc.Write("\n"u8);
            acc.Write(line.Span);
            tooLarge |= acc.WrittenCount > _maxValueBytes;
            switch (scanner.Resume(acc.WrittenSpan, out var end, out var error))
            {
                case ScanResult.Incomplete:
                    continue;
                case ScanResult.Complete:
                    var rest = Trim(acc.WrittenMemory.Slice(end));
                    if (!rest.IsEmpty)
                    {
                        _rest = rest.ToArray();
                        _restLine = lineNo;
                    }
                    return tooLarge
                        ? FramedValue.Failed(firstLine, $"a JSON value larger than {Mib(_maxValueBytes)} (the limit, --max-event-size) starts here and ends at line {lineNo}")
                        : new FramedValue(acc.WrittenMemory.Slice(0, end), firstLine, null);
                default:
                    if (firstLength >= 0)
                    {
                        // The first line was not the start of a document after all: report it, read the others again.
                        _replay.Push(new ReplayedLines(acc.WrittenMemory.Slice(Math.Min(firstLength + 1, acc.WrittenCount)), firstLine + 1));
                        return FramedValue.Failed(firstLine, incomplete ?? error!);
                    }
                    return FramedValue.Failed(firstLine, $"a JSON value larger than {Mib(_maxValueBytes)} (the limit, --max-event-size) starts here and is not valid JSON at line {lineNo}");
            }
        }
        return FramedValue.Failed(firstLine, tooLarge
            ? $"a JSON value larger than {Mib(_maxValueBytes)} (the limit, --max-event-size) starts here and the input ends inside it at line {lastLine}"
            : incomplete ?? "the input ends inside a JSON value that starts here");
    }

    private static ArrayBufferWriter<byte> Keep(ReadOnlyMemory<byte> pending)
    {
        var kept = new ArrayBufferWriter<byte>(Math.Max(pending.Length * 2, 4096));
        kept.Write(pending.Span);
        return kept;
    }

    /// <summary>"apiVersion: audit.k8s.io/v1", "- level: None": a key and a colon, as YAML has and JSON never does unquoted.</summary>
    private static bool LooksLikeYaml(ReadOnlySpan<byte> line)
    {
        if (line.StartsWith("- "u8))
        {
            line = line.Slice(2);
        }
        var i = 0;
        while (i < line.Length && (char.IsAsciiLetterOrDigit((char)line[i]) || line[i] is (byte)'_' or (byte)'-' or (byte)'.'))
        {
            i++;
        }
        return i > 0 && char.IsAsciiLetter((char)line[0]) && i < line.Length && line[i] == (byte)':' && (i + 1 == line.Length || line[i + 1] == (byte)' ');
    }

    private static string? IncompleteMessage(ReadOnlySpan<byte> line)
        => line.Length > 0 && (line[0] == (byte)'{' || line[0] == (byte)'[') ? "incomplete JSON (the line ends inside a value; truncated?)" : null;

    private static string Mib(int bytes) => bytes >= 1 << 20 ? $"{bytes >> 20} MiB" : $"{bytes} bytes";

    internal static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> m)
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

    /// <summary>
    /// The next line without its '\n', valid until the next call. A line longer than the limit is not
    /// kept: it is skipped up to its end and reported (<paramref name="tooLong"/>); reading goes on after it.
    /// </summary>
    private bool TryReadLine(out ReadOnlyMemory<byte> line, out long lineNo, out bool tooLong)
    {
        tooLong = false;
        while (_replay.Count > 0)
        {
            if (_replay.Peek().TryTake(out line, out lineNo))
            {
                return true;
            }
            _replay.Pop();
        }
        var skipping = false;
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                // Over the limit by its own length, however the reads happened to fall (a buffer larger than the
                // limit may hold a longer line whole).
                skipping |= newline > _maxValueBytes;
                line = skipping ? default : _buffer.AsMemory(_start, newline);
                _start += newline + 1;
                BytesRead += newline + 1;
                lineNo = ++_lineNumber;
                tooLong = skipping;
                return true;
            }
            if (_eof)
            {
                if (_start < _end || skipping)
                {
                    line = skipping ? default : _buffer.AsMemory(_start, _end - _start);
                    BytesRead += _end - _start;
                    _start = _end;
                    lineNo = ++_lineNumber;
                    tooLong = skipping;
                    return true;
                }
                line = default;
                lineNo = _lineNumber;
                return false;
            }
            if (_end - _start > _maxValueBytes)
            {
                // A line longer than any event may be: drop what is buffered, find its end, go on after it.
                skipping = true;
                BytesRead += _end - _start;
                _start = _end = 0;
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
        var size = Math.Min(_buffer.Length * 2, Math.Max(_maxValueBytes + 1, _buffer.Length));
        if (_end == _buffer.Length && size > _buffer.Length)
        {
            // Only the bytes read so far are copied; the rest is read into, so it need not be zeroed first.
            var larger = GC.AllocateUninitializedArray<byte>(size);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            _buffer = larger;
        }
        _beforeBlockingRead?.Invoke();
        var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _eof = true;
        }
        _end += n;
    }

    /// <summary>Lines read past a value that turned out not to be one, to be read again.</summary>
    private sealed class ReplayedLines(ReadOnlyMemory<byte> text, long firstLine)
    {
        private ReadOnlyMemory<byte> _text = text;
        private long _next = firstLine;

        public bool TryTake(out ReadOnlyMemory<byte> line, out long lineNo)
        {
            if (_text.IsEmpty)
            {
                (line, lineNo) = (default, 0);
                return false;
            }
            var newline = _text.Span.IndexOf((byte)'\n');
            line = newline < 0 ? _text : _text.Slice(0, newline);
            _text = newline < 0 ? default : _text.Slice(newline + 1);
            lineNo = _next++;
            return true;
        }
    }
}
