using System;
using System.IO;
using PolicyKit.Events.Input;

namespace PolicyKit.Cli.IO;

/// <summary>Opens command inputs (policies): a path, or "-" for stdin; gzip is read transparently (<see cref="CompressedInput"/>).</summary>
internal static class InputFiles
{
    public const string Stdin = LogInput.StdinArgument;

    public static string DisplayName(string path) => path == Stdin ? "<stdin>" : path;

    /// <summary>Opens the input, or throws <see cref="InputException"/> with a message fit for the user.</summary>
    public static Stream Open(string path, CliContext context)
    {
        try
        {
            return (path == Stdin ? LogInput.Stdin(context.OpenStdin) : LogInput.File(path)).Open();
        }
        catch (EventInputException ex)
        {
            throw new InputException(ex.Message);
        }
    }
}

/// <summary>A user-facing input error (exit code 2).</summary>
internal sealed class InputException(string message) : Exception(message);
