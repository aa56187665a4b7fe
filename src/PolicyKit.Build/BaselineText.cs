using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace PolicyKit.Build;

/// <summary>
/// The released YAML of one policy from a baseline file: an audit-policy.yaml as it is, or a released build of the
/// policy — its assembly (.dll) or its package (.nupkg, the assemblies under lib/) — whose CompiledAuditPolicy
/// record holds the YAML. Assemblies are read as metadata only: nothing released runs in the build.
/// </summary>
internal static class BaselineText
{
    /// <exception cref="IOException">Unreadable, or no policy of that name in the assembly or package.</exception>
    /// <exception cref="BadImageFormatException">A .dll that is no .NET assembly.</exception>
    /// <exception cref="InvalidDataException">A .nupkg that is no zip file.</exception>
    public static string Read(string file, string policyName)
    {
        if (file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            return Choose(PolicyRecordReader.Read(file), policyName, file);
        }
        if (file.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = new ZipArchive(File.OpenRead(file), ZipArchiveMode.Read);
            var records = new List<PolicyRecord>();
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            {
                using var copy = new MemoryStream();
                using (var content = entry.Open())
                {
                    content.CopyTo(copy);
                }
                copy.Position = 0;
                try
                {
                    records.AddRange(PolicyRecordReader.Read(copy));
                }
                catch (BadImageFormatException)
                {
                    // Not every file under lib/ need be an assembly with policies.
                }
            }
            return Choose(records, policyName, file);
        }
        return File.ReadAllText(file);
    }

    private static string Choose(IReadOnlyList<PolicyRecord> records, string policyName, string file)
    {
        var found = records.Where(r => string.Equals(r.Name, policyName, StringComparison.Ordinal)).Select(r => r.Yaml).Distinct().ToList();
        if (found.Count == 1)
        {
            return found[0];
        }
        var held = records.Count == 0 ? "none" : string.Join(", ", records.Select(r => r.Name).Distinct());
        throw new IOException(found.Count == 0
            ? $"{file} holds no compiled policy \"{policyName}\" (it holds: {held})"
            : $"{file} holds several different compiled policies \"{policyName}\"");
    }
}
