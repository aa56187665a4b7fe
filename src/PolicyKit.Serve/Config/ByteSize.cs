using System;
using System.Globalization;

namespace PolicyKit.Serve.Config;

/// <summary>Sizes as flags write them: a number of bytes, or with a binary suffix (64KiB, 32MiB, 2GiB).</summary>
public static class ByteSize
{
    public static bool TryParse(string text, out long bytes)
    {
        var t = text.Trim();
        long unit = 1;
        foreach (var (suffix, size) in new[] { ("KiB", 1L << 10), ("MiB", 1L << 20), ("GiB", 1L << 30), ("TiB", 1L << 40) })
        {
            if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                unit = size;
                t = t.Substring(0, t.Length - suffix.Length).TrimEnd();
                break;
            }
        }
        bytes = 0;
        if (!long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0 || n > long.MaxValue / unit)
        {
            return false;
        }
        bytes = n * unit;
        return true;
    }
}
