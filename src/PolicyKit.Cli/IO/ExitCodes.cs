namespace PolicyKit.Cli.IO;

/// <summary>Exit codes of every command (docs/cli.md): scripts depend on them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Findings, failures, or input lines that were not understood.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage or unreadable input.</summary>
    public const int Usage = 2;
}
