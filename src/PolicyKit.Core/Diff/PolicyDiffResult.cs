using System.Collections.Generic;

namespace PolicyKit.Diff;

/// <summary>
/// What changes between two policies: every request whose outcome differs lies in exactly one region, and every
/// request in no region is decided the same by both (level, omitted stages, omitManagedFields).
/// </summary>
public sealed class PolicyDiffResult
{
    internal PolicyDiffResult(Policy old, Policy @new, DiffVersions versions, IReadOnlyList<DiffRegion> regions)
    {
        Old = old;
        New = @new;
        Versions = versions;
        Regions = regions;
    }

    public Policy Old { get; }

    public Policy New { get; }

    public DiffVersions Versions { get; }

    /// <summary>One region per (old outcome → new outcome), most recorded first on the old side.</summary>
    public IReadOnlyList<DiffRegion> Regions { get; }

    public bool HasChanges => Regions.Count > 0;
}
