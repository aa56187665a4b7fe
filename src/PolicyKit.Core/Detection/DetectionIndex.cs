using System;
using System.Collections.Generic;

namespace PolicyKit.Detection;

/// <summary>
/// Rules indexed by what they require (resource, then subresource, verb and stage), so that an event
/// meets only the rules that can match it. Rules without a resource requirement are checked on every event.
/// </summary>
public sealed class DetectionIndex
{
    private readonly IReadOnlyList<DetectionInfo> _rules;
    private readonly Dictionary<string, int[]> _byResource = new(StringComparer.Ordinal);
    private readonly int[] _anyResource;

    public DetectionIndex(IReadOnlyList<DetectionInfo> rules)
    {
        _rules = rules;
        var byResource = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var any = new List<int>();
        for (var i = 0; i < rules.Count; i++)
        {
            var resources = rules[i].Requirements.Resources;
            if (resources.IsEmpty)
            {
                any.Add(i);
                continue;
            }
            foreach (var r in resources)
            {
                if (!byResource.TryGetValue(r, out var list))
                {
                    byResource[r] = list = new List<int>();
                }
                list.Add(i);
            }
        }
        _anyResource = any.ToArray();
        foreach (var pair in byResource)
        {
            // Keep rule order within a key and merge in the resource-free rules, so alerts come out in rule order.
            var merged = new List<int>(pair.Value);
            merged.AddRange(any);
            merged.Sort();
            _byResource[pair.Key] = merged.ToArray();
        }
    }

    /// <summary>The rules that need every event looked at (no resource requirement).</summary>
    public int ResourceFreeRules => _anyResource.Length;

    /// <summary>Adds the indexes of the rules that can match an event with these attributes, in rule order.</summary>
    public void Candidates(string resource, string subresource, string verb, Stage stage, List<int> into)
    {
        var rules = _byResource.TryGetValue(resource, out var keyed) ? keyed : _anyResource;
        foreach (var i in rules)
        {
            var rule = _rules[i];
            if (rule.Stage == stage && rule.Requirements.Admits(resource, subresource, verb))
            {
                into.Add(i);
            }
        }
    }
}
