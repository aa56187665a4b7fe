using System;
using System.IO;

namespace PolicyKit.Cli.IO;

/// <summary>
/// The streams a command reads and writes, so tests can run commands in-process.
/// <paramref name="ErrorIsTerminal"/>: standard error is an interactive terminal (progress is shown there, never in a pipe).
/// </summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin, bool ErrorIsTerminal = false)
{
    public static CliContext Console() => new(System.Console.Out, System.Console.Error, System.Console.OpenStandardInput);
}
