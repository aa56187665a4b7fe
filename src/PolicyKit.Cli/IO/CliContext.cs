using System;
using System.IO;

namespace PolicyKit.Cli.IO;

/// <summary>The streams a command reads and writes, so tests can run commands in-process.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin)
{
    public static CliContext Console() => new(System.Console.Out, System.Console.Error, System.Console.OpenStandardInput);
}
