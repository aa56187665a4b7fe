namespace PolicyKit.Yaml;

/// <summary>
/// Bounds on what the reader accepts, so hostile input (alias bombs, deep nesting, huge files) fails
/// fast in bounded memory. Real policies are a few kilobytes, a few levels deep.
/// </summary>
public sealed record YamlLimits
{
    public static YamlLimits Default { get; } = new();

    /// <summary>Largest input read, in bytes.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Deepest nesting of lists and mappings.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most nodes after expanding aliases (an alias bomb expands exponentially).</summary>
    public long MaxNodes { get; init; } = 1_000_000;
}
