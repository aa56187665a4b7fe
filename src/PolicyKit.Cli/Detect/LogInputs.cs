using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyKit.Cli.IO;

namespace PolicyKit.Cli.Detect;

/// <summary>
/// Expands log arguments: a file, "-" (stdin), or a directory holding a rotated set (audit.log plus its
/// backups, gzipped or not), read oldest first so alerts come out in time order.
/// </summary>
internal static class LogInputs
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var inputs = new List<string>();
        foreach (var a in arguments)
        {
            if (a != InputFiles.Stdin && Directory.Exists(a))
            {
                var files = new DirectoryInfo(a).GetFiles()
                    .Where(f => !f.Name.StartsWith(".", StringComparison.Ordinal))
                    .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => RotationOrder(f.Name)).ThenBy(f => f.Name, StringComparer.Ordinal)
                    .Select(f => f.FullName)
                    .ToList();
                if (files.Count == 0)
                {
                    throw new InputException($"{a}: is a directory without log files");
                }
                inputs.AddRange(files);
            }
            else
            {
                inputs.Add(a);
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
