using System;

namespace PolicyKit.Events.Framing;

/// <summary>
/// Recognises text that is not UTF-8 from its first bytes (a byte-order mark, or the NUL bytes of
/// UTF-16/32 around ASCII), so that such a file gets one message instead of one per line.
/// </summary>
internal static class TextEncodingCheck
{
    /// <summary>"UTF-16LE", "UTF-32BE"... or null when the text may be UTF-8.</summary>
    public static string? Describe(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
        {
            return "UTF-32LE";
        }
        if (start.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return "UTF-32BE";
        }
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return "UTF-16LE";
        }
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16BE";
        }
        if (start.Length >= 4 && start[0] != 0 && start[1] == 0 && start[2] == 0 && start[3] == 0)
        {
            return "UTF-32LE";
        }
        if (start.Length >= 4 && start[0] == 0 && start[1] == 0 && start[2] == 0 && start[3] != 0)
        {
            return "UTF-32BE";
        }
        if (start.Length >= 2 && start[0] != 0 && start[1] == 0)
        {
            return "UTF-16LE";
        }
        if (start.Length >= 2 && start[0] == 0 && start[1] != 0)
        {
            return "UTF-16BE";
        }
        return null;
    }
}
