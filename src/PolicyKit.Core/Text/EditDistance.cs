using System;
using System.Collections.Generic;

namespace PolicyKit.Text;

/// <summary>Levenshtein distance, for "did you mean" suggestions on short names.</summary>
public static class EditDistance
{
    public static int Of(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>The known name a misspelt one was probably meant to be: same letters ignoring case, or a few edits away (scaled by length).</summary>
    public static string? Suggest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var k in known)
        {
            var d = string.Equals(k, name, StringComparison.OrdinalIgnoreCase) ? 0 : Of(k.ToLowerInvariant(), name.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = k;
            }
        }
        var allowed = Math.Max(1, Math.Min(3, name.Length / 4));
        return bestDistance <= allowed ? best : null;
    }
}
