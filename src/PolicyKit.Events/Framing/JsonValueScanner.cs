using System;
using System.Text.Json;

namespace PolicyKit.Events.Framing;

internal enum ScanResult
{
    Complete,
    Incomplete,
    Invalid,
}

/// <summary>
/// Finds where one top-level JSON value ends in text that arrives a line at a time. Each call resumes
/// where the last stopped (the reader's state is kept), so a value of n lines costs one pass, not n.
/// </summary>
internal sealed class JsonValueScanner
{
    private JsonReaderState _state = new(ReadLimits.JsonOptions);
    private int _scanned;

    /// <summary>Bytes handed to the JSON reader so far: about the value's size, never its size times its lines.</summary>
    public long Work { get; private set; }

    /// <summary>
    /// Scans the first line of a value. Only an object or a list may continue on the next lines; anything
    /// else (a string, a number, garbage) is whole or invalid here.
    /// </summary>
    public ScanResult Scan(ReadOnlySpan<byte> line, out int end, out string? error)
    {
        _state = new JsonReaderState(ReadLimits.JsonOptions);
        _scanned = 0;
        var container = line.Length > 0 && (line[0] == (byte)'{' || line[0] == (byte)'[');
        return Read(line, isFinalBlock: !container, out end, out error);
    }

    /// <summary>Scans what was added to <paramref name="text"/> (the value so far, from its first byte) since the last call.</summary>
    public ScanResult Resume(ReadOnlySpan<byte> text, out int end, out string? error) => Read(text, isFinalBlock: false, out end, out error);

    /// <summary>The text not yet consumed; what follows is scanned as if the value started there (used to drop what an oversized value consumed).</summary>
    public ReadOnlyMemory<byte> TakePending(ReadOnlyMemory<byte> text)
    {
        var pending = text.Slice(_scanned);
        _scanned = 0;
        return pending;
    }

    private ScanResult Read(ReadOnlySpan<byte> text, bool isFinalBlock, out int end, out string? error)
    {
        end = 0;
        error = null;
        Work += text.Length - _scanned;
        var reader = new Utf8JsonReader(text.Slice(_scanned), isFinalBlock, _state);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName))
                {
                    end = _scanned + (int)reader.BytesConsumed;
                    return ScanResult.Complete;
                }
            }
        }
        catch (JsonException ex)
        {
            error = JsonTokens.NotJson(ex);
            return ScanResult.Invalid;
        }
        if (isFinalBlock)
        {
            error = "not JSON: no value";
            return ScanResult.Invalid;
        }
        _scanned += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        return ScanResult.Incomplete;
    }
}
