namespace PolicyKit.Detection;

/// <summary>
/// One thing an alert shows of what matched: where in the event (<see cref="Path"/>: "requestObject.spec.volumes[0].hostPath.path",
/// "requestURI?command"), the value found there (cut and with control characters escaped) and why it counts
/// ("under /var/run", "in allow-list admin-roles", "the command run").
/// </summary>
public sealed record Evidence(string Path, string Value, string Reason)
{
    /// <summary>The longest value an alert repeats whole (characters); longer ones are cut with a marker.</summary>
    public const int MaxValueLength = 1024;

    /// <summary>The value, or its first <see cref="MaxValueLength"/> characters and "…[N more characters]".</summary>
    public static string Cut(string value)
        => value.Length <= MaxValueLength ? value : value.Substring(0, MaxValueLength) + $"…[{value.Length - MaxValueLength:N0} more characters]";

    /// <summary>An item safe to print: every part cut, control characters escaped (a value cannot forge a line).</summary>
    public static Evidence Safe(string path, string value, string reason)
        => new(Text.ControlCharacters.Escape(Cut(path)), Text.ControlCharacters.Escape(Cut(value)), Text.ControlCharacters.Escape(Cut(reason)));
}
