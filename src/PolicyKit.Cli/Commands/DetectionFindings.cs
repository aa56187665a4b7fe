using System.Collections.Generic;
using System.Linq;
using PolicyKit.Cli.Assemblies;
using PolicyKit.Detection;
using PolicyKit.Detections;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// PK2010 for <c>policykit lint POLICY --detections builtin|DLL</c>: the detections whose data the policy does
/// not record for some request they target, placed at the deciding rule, with the witness request.
/// </summary>
internal static class DetectionFindings
{
    public const string BuiltIn = "builtin";

    /// <summary>The detections of a rules assembly, or the built-in pack for <see cref="BuiltIn"/>.</summary>
    public static IReadOnlyList<DetectionInfo> Load(string source)
    {
        if (source == BuiltIn)
        {
            return BuiltInDetections.Detections.Select(r => r.Info).ToList();
        }
        using var assembly = CompiledDetections.Load(source);
        return assembly.Rules.Select(r => r.Info).ToList();
    }

    public static IEnumerable<SourceFinding> Check(PolicyDocument document, Policy policy, IReadOnlyList<DetectionInfo> detections, KubernetesVersion version)
        => DetectionCoverage.Check(policy, detections, version,
                resource => CatalogIndex.GroupsOf(resource).Select(g => (g.Group, g.Scope == ResourceScope.Namespaced)).ToList())
            .Select(f =>
            {
                var target = f.Decision.Rule is { } rule ? FindingTarget.OfRule(rule, "level") : FindingTarget.PolicyField("rules");
                return document.Place(new PolicyFinding(DiagnosticIds.DetectionNotLogged, DiagnosticCatalog.SeverityOf(DiagnosticIds.DetectionNotLogged), target.Path, f.Message, target) { Witness = f.Witness });
            });
}
