using System.Collections.Generic;
using System.Linq;
using PolicyKit.Validation;

namespace PolicyKit.Yaml;

/// <summary>
/// A policy file as read: the model (null when the file is not a readable Policy at all), every
/// finding with its position, and where each field of the model came from.
/// </summary>
public sealed class PolicyDocument
{
    internal PolicyDocument(Policy? policy, string? apiVersion, IReadOnlyList<SourceFinding> findings, IReadOnlyDictionary<string, SourceLocation> locations)
    {
        Policy = policy;
        ApiVersion = apiVersion;
        Findings = findings;
        Locations = locations;
    }

    /// <summary>The policy, as the apiserver would decode it (unknown fields dropped, last duplicate kept).</summary>
    public Policy? Policy { get; }

    public string? ApiVersion { get; }

    /// <summary>Everything wrong with the file: reading, decoding and validation, in file order.</summary>
    public IReadOnlyList<SourceFinding> Findings { get; }

    /// <summary>Position of each node by <see cref="FindingTarget.Locator"/> (<c>rules[2].resources[0].group</c>).</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; }

    /// <summary>
    /// True when the input is no YAML or JSON text at all (not text, a syntax error, over a <see cref="YamlLimits"/> bound):
    /// the commands treat it as unreadable input, not as a policy with findings.
    /// </summary>
    public bool IsUnreadable { get; internal init; }

    /// <summary>The file's comments in order (kept so that import can carry them into C#).</summary>
    public IReadOnlyList<YamlComment> Comments { get; internal set; } = System.Array.Empty<YamlComment>();

    /// <summary>
    /// True when there is no error-severity finding. Fields the apiserver drops are errors here even
    /// though the apiserver still loads the rest; the CLI's PolicyLoader.Loadable tells the two apart.
    /// </summary>
    public bool IsValid => Policy is not null && !Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The position of a node, or of its nearest located ancestor.</summary>
    public SourceLocation Locate(FindingTarget target) => LocateIn(Locations, target);

    /// <summary>A finding on the model (validation, analysis) placed at its node in this file.</summary>
    public SourceFinding Place(PolicyFinding finding) => Place(Locations, finding);

    internal static SourceFinding Place(IReadOnlyDictionary<string, SourceLocation> locations, PolicyFinding f)
        => new(f.Id, f.Severity, f.Path, f.Message, LocateIn(locations, f.Target)) { RuleIndex = f.RuleIndex, Witness = f.Witness };

    /// <summary>The node's position, else its parent's (a default value has no node), else the document's.</summary>
    internal static SourceLocation LocateIn(IReadOnlyDictionary<string, SourceLocation> locations, FindingTarget target)
    {
        for (FindingTarget? at = target; at is not null; at = at.Parent)
        {
            if (locations.TryGetValue(at.Locator, out var location))
            {
                return location;
            }
        }
        return new SourceLocation(1, 1);
    }
}
