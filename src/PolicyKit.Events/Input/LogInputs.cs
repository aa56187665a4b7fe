using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PolicyKit.Events.Input;

/// <summary>
/// Expands log arguments: a file, "-" (stdin), or a directory holding a rotated set (audit.log plus its
/// backups, gzipped or not), read oldest first so alerts come out in time order.
/// </summary>
public static class LogInputs
{
    /// <summary>
    /// The inputs the arguments name, in reading order; "-" is standard input (<paramref name="openStdin"/>),
    /// which can be read once only: naming it twice, or also elsewhere (<paramref name="stdinTaken"/>), is an error.
    /// </summary>
    public static IReadOnlyList<LogInput> Expand(IEnumerable<string> arguments, Func<Stream> openStdin, string? stdinTaken = null)
    {
        var inputs = new List<LogInput>();
        foreach (var a in arguments)
        {
            if (a == LogInput.StdinArgument)
            {
                if (stdinTaken is not null)
                {
                    throw new EventInputException($"standard input ('-') can be read once only, and {stdinTaken} reads it already");
                }
                stdinTaken = "another '-'";
                inputs.Add(LogInput.Stdin(openStdin));
            }
            else if (Directory.Exists(a))
            {
                var files = new DirectoryInfo(a).GetFiles()
                    .Where(f => !f.Name.StartsWith(".", StringComparison.Ordinal))
                    .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => RotationOrder(f.Name)).ThenBy(f => f.Name, StringComparer.Ordinal)
                    .Select(f => LogInput.File(f.FullName))
                    .ToList();
                if (files.Count == 0)
                {
                    throw new EventInputException($"{a}: is a directory without log files");
                }
                inputs.AddRange(files);
            }
            else
            {
                inputs.Add(LogInput.File(a));
            }
        }
        return inputs;
    }

    /// <summary>For equal times, logrotate's audit.log.2 is older than audit.log.1, which is older than audit.log.</summary>
    private static int RotationOrder(string name)
    {
        var trimmed = name.EndsWith(".gz", StringComparison.Ordinal) ? name.Substring(0, name.Length - 3) : name;
        var dot = trimmed.LastIndexOf('.');
        return dot >= 0 && int.TryParse(trimmed.Substring(dot + 1), out var n) ? -n : 0;
    }
}
