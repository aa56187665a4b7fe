using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PolicyKit.Serve.Journal;

/// <summary>The names of a journal's segment files: the segment's number, zero-padded, so they sort as they were written.</summary>
internal static class SegmentFiles
{
    private const string Extension = ".journal";

    public static string PathOf(string directory, long segment)
        => Path.Combine(directory, segment.ToString("D12", CultureInfo.InvariantCulture) + Extension);

    /// <summary>The segments in the folder, oldest first (files of other names are left alone).</summary>
    public static List<long> List(string directory)
        => Directory.EnumerateFiles(directory, "*" + Extension)
            .Select(f => long.TryParse(Path.GetFileNameWithoutExtension(f), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .Where(n => n > 0)
            .OrderBy(n => n)
            .ToList();
}
