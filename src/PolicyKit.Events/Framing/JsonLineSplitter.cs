using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PolicyKit.Events.Framing;

/// <summary>
/// Sorts out a line that looked like one JSON object but did not decode as one: several values on the
/// line (each handed out), or a line that is not JSON (one error, at the first bad byte).
/// </summary>
internal static class JsonLineSplitter
{
    /// <summary>The values of the line in order; <paramref name="error"/> says why the rest of it (if any) is no JSON.</summary>
    public static List<ReadOnlyMemory<byte>> Split(ReadOnlyMemory<byte> line, out string? error)
    {
        error = null;
        var values = new List<ReadOnlyMemory<byte>>(2);
        var reader = new Utf8JsonReader(line.Span, new JsonReaderOptions { AllowMultipleValues = true, MaxDepth = ReadLimits.MaxDepth });
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                values.Add(line.Slice(start, (int)reader.BytesConsumed - start));
            }
        }
        catch (JsonException ex)
        {
            // Cut short (the reader ran out of line inside a value) reads better said so.
            error = ex.BytePositionInLine >= line.Length - 1 && !JsonTokens.IsDepthLimit(ex)
                ? "incomplete JSON (the line ends inside a value; truncated?)"
                : JsonTokens.NotJson(ex);
        }
        return values;
    }
}
