using System.Collections.Generic;
using System.Linq;
using PolicyKit.Analysis;

namespace PolicyKit.Diff;

/// <summary>
/// Every request whose outcome changes from <see cref="Old"/> to <see cref="New"/>: exact, so a request is in the
/// region if and only if the old policy decides it as <see cref="Old"/> and the new one as <see cref="New"/>.
/// <see cref="Parts"/> split it by the pair of deciding rules.
/// </summary>
public sealed class DiffRegion
{
    private readonly IReadOnlyList<RequestCube> _cubes;

    internal DiffRegion(DiffOutcome old, DiffOutcome @new, IReadOnlyList<DiffPart> parts, IReadOnlyList<RequestCube> cubes)
    {
        Old = old;
        New = @new;
        Parts = parts;
        _cubes = cubes;
        Witness = (parts.FirstOrDefault(p => p.Witness.HasUser) ?? parts[0]).Witness;
    }

    public DiffOutcome Old { get; }

    public DiffOutcome New { get; }

    public IReadOnlyList<DiffPart> Parts { get; }

    /// <summary>One request of the region (an authenticated one when there is such a part).</summary>
    public AuditRequest Witness { get; }

    /// <summary>The old policy's deciding rules in this region, in order (−1: no rule).</summary>
    public IReadOnlyList<int> OldRules => Parts.Select(p => p.OldRule).Distinct().OrderBy(r => r).ToList();

    /// <summary>The new policy's deciding rules in this region, in order (−1: no rule).</summary>
    public IReadOnlyList<int> NewRules => Parts.Select(p => p.NewRule).Distinct().OrderBy(r => r).ToList();

    /// <summary>
    /// Whether <paramref name="request"/> lies in the region. Exact for requests kube-apiserver can see
    /// (docs/analysis.md: resources are path segments, an API group is never "*", paths start with '/').
    /// </summary>
    public bool Contains(in AuditRequest request)
    {
        foreach (var cube in _cubes)
        {
            if (CubeMembership.Contains(cube, request))
            {
                return true;
            }
        }
        return false;
    }
}
