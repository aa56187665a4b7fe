using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Analysis;

/// <summary>
/// Which rules can overlap a piece at all, by kind and resource name: most rules of a large policy name a
/// few resources, so a piece about pods only meets the rules about pods and those about any resource.
/// Candidate lists are sorted rule indexes, cached per set of resource names.
/// </summary>
internal sealed class RuleIndex
{
    private readonly int[] _nonResource;
    private readonly int[] _resource;
    private readonly int[] _anyResource;
    private readonly Dictionary<string, int[]> _byResource = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _cache = new(System.StringComparer.Ordinal);

    public RuleIndex(IReadOnlyList<RequestCube[]> regions)
    {
        var nonResource = new List<int>();
        var resource = new List<int>();
        var anyResource = new List<int>();
        var byResource = new Dictionary<string, List<int>>(System.StringComparer.Ordinal);
        for (var i = 0; i < regions.Count; i++)
        {
            var cubes = regions[i];
            if (cubes.Any(c => !c.IsResource))
            {
                nonResource.Add(i);
            }
            var resourceCubes = cubes.Where(c => c.IsResource).ToList();
            if (resourceCubes.Count == 0)
            {
                continue;
            }
            resource.Add(i);
            if (resourceCubes.Any(c => c.Resource.IsCofinite))
            {
                anyResource.Add(i);
                continue;
            }
            foreach (var name in resourceCubes.SelectMany(c => c.Resource.Items).Distinct())
            {
                if (!byResource.TryGetValue(name, out var list))
                {
                    byResource[name] = list = new List<int>();
                }
                list.Add(i);
            }
        }
        _nonResource = nonResource.ToArray();
        _resource = resource.ToArray();
        _anyResource = anyResource.ToArray();
        foreach (var pair in byResource)
        {
            _byResource[pair.Key] = pair.Value.ToArray();
        }
    }

    /// <summary>The rules, in order, that may overlap <paramref name="cube"/>; the others certainly do not.</summary>
    public int[] Candidates(RequestCube cube)
    {
        if (!cube.IsResource)
        {
            return _nonResource;
        }
        if (cube.Resource.IsCofinite)
        {
            return _resource;
        }
        var key = string.Join("/", cube.Resource.Items);
        if (!_cache.TryGetValue(key, out var merged))
        {
            IEnumerable<int> all = _anyResource;
            foreach (var name in cube.Resource.Items)
            {
                if (_byResource.TryGetValue(name, out var rules))
                {
                    all = all.Concat(rules);
                }
            }
            _cache[key] = merged = all.Distinct().OrderBy(i => i).ToArray();
        }
        return merged;
    }
}
