using System;
using System.Text;
using System.Text.Json;

namespace PolicyKit.Events;

/// <summary>Small helpers for reading tokens and describing them in messages.</summary>
internal static class JsonTokens
{
    /// <summary>
    /// The current property name as UTF-8, unescaped: <c>"ver\u0062"</c> is <c>verb</c>, as the apiserver
    /// reads it. Unescaped names (nearly all) are the token itself; no allocation.
    /// </summary>
    public static ReadOnlySpan<byte> Name(ref Utf8JsonReader r)
        => r.ValueIsEscaped || r.HasValueSequence ? Encoding.UTF8.GetBytes(JsonStrings.Get(ref r)) : r.ValueSpan;

    /// <summary>"a number", "a list", "null"...: what a token is, for messages.</summary>
    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.String => "a string",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.None => "empty",
        _ => "not a JSON value",
    };

    /// <summary>The message for input that is not one JSON value, with the depth limit named when that is the reason.</summary>
    public static string NotJson(JsonException ex)
        => IsDepthLimit(ex)
            ? $"not read: nests deeper than {ReadLimits.MaxDepth} levels (the limit; see docs/events.md)"
            : "not JSON: " + TrimPath(ex.Message);

    /// <summary>Whether the reader stopped at <see cref="ReadLimits.MaxDepth"/> (its message names "the maximum configured depth").</summary>
    public static bool IsDepthLimit(JsonException ex) => ex.Message.Contains("maximum configured depth", StringComparison.Ordinal);

    /// <summary>System.Text.Json appends "Path: $ | LineNumber: 0 | BytePositionInLine: 12." — keep the position, in our words.</summary>
    private static string TrimPath(string message)
    {
        var path = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (path < 0)
        {
            path = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }
        if (path < 0)
        {
            return message;
        }
        var position = message.IndexOf("BytePositionInLine: ", path, StringComparison.Ordinal);
        var head = message.Substring(0, path).TrimEnd();
        if (position < 0)
        {
            return head;
        }
        var number = message.Substring(position + "BytePositionInLine: ".Length).TrimEnd('.', ' ');
        return long.TryParse(number, out var column) ? $"{head} (at byte {column + 1} of the value)" : head;
    }
}
