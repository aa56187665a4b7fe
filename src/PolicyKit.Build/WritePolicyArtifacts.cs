using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PolicyKit.Build.Artifacts;
using PolicyKit.Diagnostics;

namespace PolicyKit.Build;

/// <summary>
/// Writes the release artifacts of every compiled policy in <see cref="AssemblyPath"/> into
/// <c>ArtifactsPath/&lt;policy-name&gt;/</c>. All checks run first; with any error nothing is written.
/// Files whose bytes did not change are not touched; files of policies that no longer exist are removed.
/// </summary>
public sealed class WritePolicyArtifacts : Task
{
    private static readonly Regex FolderName = new("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant);

    /// <summary>The compiled assembly (obj/…/Name.dll) whose CompiledAuditPolicy records are read.</summary>
    [Required]
    public string AssemblyPath { get; set; } = "";

    /// <summary>The folder that gets one sub-folder per policy.</summary>
    [Required]
    public string ArtifactsPath { get; set; } = "";

    /// <summary>The project file, where a bad property value is reported.</summary>
    public string ProjectFile { get; set; } = "";

    public string? PolicyFile { get; set; }

    public string? AuditLogPath { get; set; }

    public string? AuditLogMaxAge { get; set; }

    public string? AuditLogMaxBackup { get; set; }

    public string? AuditLogMaxSize { get; set; }

    public string? KubeadmApiVersion { get; set; }

    public string? AuditWebhookServer { get; set; }

    public string? AuditWebhookKubeconfigPath { get; set; }

    public string? KindNodeImage { get; set; }

    /// <summary>Verify mode: a committed audit-policy.yaml, or a folder with &lt;policy&gt;/audit-policy.yaml, that must match.</summary>
    public string? VerifyPath { get; set; }

    /// <summary>A released audit-policy.yaml, or a folder with &lt;policy&gt;/audit-policy.yaml: writes policy-diff.md/.json against it.</summary>
    public string? Baseline { get; set; }

    /// <summary>What the previous run wrote: files of policies that are gone get deleted.</summary>
    public ITaskItem[] PreviousArtifacts { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Every artifact of this run (written or already current), for clean and incremental builds.</summary>
    [Output]
    public ITaskItem[] Artifacts { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var settings = Settings();
        var records = Records();
        if (records is null || Log.HasLoggedErrors)
        {
            return false;
        }
        CheckNames(records);
        var sets = new List<KeyValuePair<string, IReadOnlyList<KeyValuePair<string, byte[]>>>>();
        foreach (var record in records)
        {
            var problems = PolicyRevalidation.Problems(record);
            foreach (var problem in problems)
            {
                Error(DiagnosticIds.ArtifactPolicyInvalid, AssemblyPath, 0, $"policy \"{record.Name}\" ({record.ClassName}) is not written: {problem}");
            }
            if (problems.Count == 0)
            {
                Verify(record);
                sets.Add(new(Path.Combine(ArtifactsPath, record.Name), WithDiff(record, PolicyArtifacts.Build(record, settings, Version()))));
            }
        }
        if (Log.HasLoggedErrors)
        {
            return false;
        }
        Artifacts = Write(sets).ToArray();
        RemoveStale(Artifacts);
        return !Log.HasLoggedErrors;
    }

    private ArtifactSettings Settings()
    {
        var problems = new List<string>();
        var settings = ArtifactSettings.Parse(new Dictionary<string, string?>
        {
            ["PolicyKitPolicyFile"] = PolicyFile,
            ["PolicyKitAuditLogPath"] = AuditLogPath,
            ["PolicyKitAuditLogMaxAge"] = AuditLogMaxAge,
            ["PolicyKitAuditLogMaxBackup"] = AuditLogMaxBackup,
            ["PolicyKitAuditLogMaxSize"] = AuditLogMaxSize,
            ["PolicyKitKubeadmApiVersion"] = KubeadmApiVersion,
            ["PolicyKitAuditWebhookServer"] = AuditWebhookServer,
            ["PolicyKitAuditWebhookKubeconfigPath"] = AuditWebhookKubeconfigPath,
            ["PolicyKitKindNodeImage"] = KindNodeImage,
        }, problems);
        foreach (var problem in problems)
        {
            Error(DiagnosticIds.BadArtifactSetting, ProjectFile, 0, problem);
        }
        return settings;
    }

    private IReadOnlyList<PolicyRecord>? Records()
    {
        try
        {
            return PolicyRecordReader.Read(AssemblyPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            Error(DiagnosticIds.UnreadableAssembly, AssemblyPath, 0, "cannot read the compiled policies: " + e.Message);
            return null;
        }
    }

    private void CheckNames(IReadOnlyList<PolicyRecord> records)
    {
        foreach (var group in records.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase))
        {
            if (!FolderName.IsMatch(group.Key))
            {
                Error(DiagnosticIds.PolicyNameClash, AssemblyPath, 0,
                    $"policy \"{group.Key}\" ({group.First().ClassName}) cannot name its artifacts folder: use letters, digits, '.', '_' and '-', starting with a letter or digit");
            }
            if (group.Count() > 1)
            {
                Error(DiagnosticIds.PolicyNameClash, AssemblyPath, 0,
                    $"policies {string.Join(" and ", group.Select(r => r.ClassName))} share the name \"{group.Key}\" (names are folder names, compared ignoring case)");
            }
        }
    }

    /// <summary>The artifacts plus, with a baseline, the policy diff (before the manifest, which lists only the release files).</summary>
    private IReadOnlyList<KeyValuePair<string, byte[]>> WithDiff(PolicyRecord record, IReadOnlyList<KeyValuePair<string, byte[]>> artifacts)
    {
        if (string.IsNullOrWhiteSpace(Baseline))
        {
            return artifacts;
        }
        var file = PolicyBaselineDiff.BaselineFile(Baseline!, record.Name);
        if (!File.Exists(file))
        {
            Error(DiagnosticIds.BaselineUnreadable, ProjectFile, 0, $"policy \"{record.Name}\": no baseline at {file} to compare with");
            return artifacts;
        }
        var diff = PolicyBaselineDiff.Build(record, file, out var problem, out var line);
        if (diff is null)
        {
            Error(DiagnosticIds.BaselineUnreadable, file, line, problem!);
            return artifacts;
        }
        var files = artifacts.ToList();
        files.InsertRange(files.Count - 1, diff);
        return files;
    }

    private void Verify(PolicyRecord record)
    {
        if (string.IsNullOrWhiteSpace(VerifyPath))
        {
            return;
        }
        var committed = PolicyDrift.CommittedFile(VerifyPath!, record.Name);
        if (!File.Exists(committed))
        {
            Error(DiagnosticIds.PolicyDrift, ProjectFile, 0, $"policy \"{record.Name}\": no committed copy at {committed} to verify against");
            return;
        }
        if (PolicyDrift.FirstDifference(File.ReadAllText(committed), record.Yaml) is { } line)
        {
            Error(DiagnosticIds.PolicyDrift, committed, line,
                $"policy \"{record.Name}\" ({record.ClassName}) differs from this committed copy from this line on; build without PolicyKitVerifyPath and commit {PolicyArtifacts.PolicyFileName} from the artifacts");
        }
    }

    private List<ITaskItem> Write(List<KeyValuePair<string, IReadOnlyList<KeyValuePair<string, byte[]>>>> sets)
    {
        var items = new List<ITaskItem>();
        foreach (var set in sets)
        {
            int written = 0, unchanged = 0;
            foreach (var file in set.Value)
            {
                var path = Path.GetFullPath(Path.Combine(set.Key, file.Key));
                try
                {
                    _ = AtomicFile.WriteIfChanged(path, file.Value) ? written++ : unchanged++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Error(DiagnosticIds.ArtifactWriteFailed, path, 0, "cannot write the artifact: " + e.Message);
                }
                items.Add(new TaskItem(path));
            }
            Log.LogMessage(MessageImportance.High, $"PolicyKit: {Path.GetFullPath(set.Key)}{Path.DirectorySeparatorChar} ({written} written, {unchanged} unchanged)");
        }
        return items;
    }

    private void RemoveStale(ITaskItem[] current)
    {
        var keep = new HashSet<string>(current.Select(i => i.ItemSpec), StringComparer.Ordinal);
        foreach (var old in PreviousArtifacts.Select(i => Path.GetFullPath(i.ItemSpec)).Where(p => !keep.Contains(p)))
        {
            try
            {
                File.Delete(old);
                var folder = Path.GetDirectoryName(old)!;
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Log.LogWarning("cannot remove the stale artifact {0}: {1}", old, e.Message);
            }
        }
    }

    private void Error(string id, string file, int line, string message)
        => Log.LogError(null, id, null, DiagnosticCatalog.Get(id).HelpLink, file, line, 0, 0, 0, message);

    /// <summary>The PolicyKit version for manifest.json: the package version, without source-revision metadata.</summary>
    private static string Version()
    {
        var informational = typeof(WritePolicyArtifacts).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational.Substring(0, plus);
    }
}
