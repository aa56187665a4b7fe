using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Analysis;

/// <summary>
/// A set of non-resource URL paths: those matched by some positive spec and by no negative spec, where a
/// spec is an exact path or a prefix (a nonResourceURLs entry ending in '*'). Real paths start with '/'.
/// </summary>
internal sealed class PathSet
{
    public static readonly PathSet Any = new(null, Array.Empty<PathSpec>());

    private PathSet(PathSpec[]? positive, PathSpec[] negative)
    {
        Positive = positive;
        Negative = negative;
    }

    /// <summary>The paths matched by any of these nonResourceURLs entries.</summary>
    public static PathSet Of(IEnumerable<string> urls) => new(urls.Select(PathSpec.Parse).Distinct().ToArray(), Array.Empty<PathSpec>());

    /// <summary>Null: every path.</summary>
    public PathSpec[]? Positive { get; }

    public PathSpec[] Negative { get; }

    public bool IsAny => Positive is null && Negative.Length == 0;

    public bool IsEmpty => Example() is null;

    /// <summary>
    /// Whether every path of <paramref name="other"/> is in this set. Sound, not complete: each of its specs must lie
    /// in one of ours, and each spec we exclude must be excluded by it as well.
    /// </summary>
    public bool Contains(PathSet other)
    {
        if (Negative.Any(n => !other.Negative.Any(o => o.Contains(n))))
        {
            return false;
        }
        if (Positive is null)
        {
            return true;
        }
        return other.Positive is not null && other.Positive.All(spec => Positive.Any(mine => mine.Contains(spec)));
    }

    public PathSet Intersect(PathSet other)
    {
        if (other.IsAny)
        {
            return this;
        }
        if (IsAny)
        {
            return other;
        }
        PathSpec[]? positive;
        if (Positive is null || other.Positive is null)
        {
            positive = Positive ?? other.Positive;
        }
        else
        {
            positive = Positive.SelectMany(a => other.Positive.Select(a.Intersect)).Where(s => s is not null).Select(s => s!.Value).Distinct().ToArray();
        }
        return new PathSet(positive, Negative.Concat(other.Negative).Distinct().ToArray());
    }

    /// <summary>This set without <paramref name="other"/>: outside every positive spec of it, or inside one of its negative specs.</summary>
    public IEnumerable<PathSet> Minus(PathSet other)
    {
        if (other.Positive is not null)
        {
            yield return Intersect(new PathSet(null, other.Positive));
        }
        if (other.Negative.Length > 0)
        {
            yield return Intersect(new PathSet(other.Negative, Array.Empty<PathSpec>()));
        }
    }

    /// <summary>A path in the set, preferring short and familiar ones; null when the set is empty.</summary>
    public string? Example()
    {
        if (Positive is null)
        {
            foreach (var familiar in FamiliarPaths)
            {
                if (!Excluded(familiar))
                {
                    return familiar;
                }
            }
            return Extend("/");
        }
        foreach (var spec in Positive)
        {
            var path = spec.IsPrefix ? Extend(spec.Text.Length == 0 ? "/" : spec.Text) : spec.Text;
            if (path is not null && path.StartsWith("/", StringComparison.Ordinal) && !Excluded(path))
            {
                return path;
            }
        }
        return null;
    }

    private static readonly string[] FamiliarPaths = { "/version", "/healthz", "/metrics", "/openapi/v2", "/api", "/apis", "/" };

    private bool Excluded(string path) => Negative.Any(n => n.Matches(path));

    /// <summary>
    /// The shortest extension of <paramref name="start"/> that no negative spec matches: each step adds a
    /// character that no longer negative prefix continues with, so the loop ends.
    /// </summary>
    private string? Extend(string start)
    {
        if (!start.StartsWith("/", StringComparison.Ordinal) || Negative.Any(n => n.IsPrefix && start.StartsWith(n.Text, StringComparison.Ordinal)))
        {
            return null;
        }
        var path = start;
        while (Excluded(path))
        {
            var blocked = new HashSet<char>(Negative
                .Where(n => n.IsPrefix && n.Text.Length > path.Length && n.Text.StartsWith(path, StringComparison.Ordinal))
                .Select(n => n.Text[path.Length]));
            var alphabet = path.EndsWith("/", StringComparison.Ordinal) ? Letters : "/" + Letters;
            var next = alphabet.FirstOrDefault(c => !blocked.Contains(c));
            if (next == default(char))
            {
                next = Enumerable.Range(0xC0, 0x3000).Select(i => (char)i).First(c => !blocked.Contains(c));
            }
            path += next;
        }
        return path;
    }

    private const string Letters = "xyzabcdefghijklmnopqrstuvw0123456789-_.";

    public override string ToString()
        => (Positive is null ? "any path" : string.Join(" or ", Positive)) + (Negative.Length == 0 ? "" : " except " + string.Join(", ", Negative));
}

/// <summary>One nonResourceURLs entry: an exact path, or a prefix (the entry minus its trailing '*'s).</summary>
internal readonly record struct PathSpec(string Text, bool IsPrefix)
{
    public static PathSpec Parse(string url)
    {
        if (url.Length > 0 && url[url.Length - 1] == '*')
        {
            return new PathSpec(url.TrimEnd('*'), true);
        }
        return new PathSpec(url, false);
    }

    public bool Matches(string path)
        => IsPrefix ? path.StartsWith(Text, StringComparison.Ordinal) : string.Equals(path, Text, StringComparison.Ordinal);

    /// <summary>Whether every path <paramref name="other"/> matches, this spec matches.</summary>
    public bool Contains(PathSpec other) => IsPrefix ? other.Text.StartsWith(Text, StringComparison.Ordinal) : !other.IsPrefix && other.Text == Text;

    /// <summary>The paths both specs match, as one spec, or null when none.</summary>
    public PathSpec? Intersect(PathSpec other)
    {
        if (!IsPrefix)
        {
            return other.Matches(Text) ? this : null;
        }
        if (!other.IsPrefix)
        {
            return Matches(other.Text) ? other : null;
        }
        return Text.Length >= other.Text.Length
            ? (Text.StartsWith(other.Text, StringComparison.Ordinal) ? this : null)
            : (other.Text.StartsWith(Text, StringComparison.Ordinal) ? other : null);
    }

    public override string ToString() => IsPrefix ? Text + "*" : Text;
}
