using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Analysis;

/// <summary>
/// Which rules can overlap a piece at all, by kind, resource name and namespace: most rules of a large
/// policy name a few resources, and team-scoped rules a few namespaces, so a piece about pods in one
/// team's namespace only meets the rules about pods in that namespace and those about any resource or any
/// namespace (issue 17: without the namespaces, every team's rules about pods met every other team's).
/// Candidate lists are sorted rule indexes, cached per set of resource names and namespaces.
/// </summary>
internal sealed class RuleIndex
{
    private readonly int[] _nonResource;
    private readonly int[] _resource;
    private readonly Attribute _resources;
    private readonly Attribute _namespaces;
    private readonly int[] _anyUser;
    private readonly Attribute _groups = new();
    // Keyed by the sets themselves: building a key string per lookup cost a pass over a 100,000-value set.
    private readonly Dictionary<(StringSet, StringSet), int[]> _cache = new();
    private readonly Dictionary<(bool, StringSet, StringSet, bool, StringSet), int[]> _containerCache = new();

    public RuleIndex(IReadOnlyList<RequestCube[]> regions)
    {
        var nonResource = new List<int>();
        var resource = new List<int>();
        var anyUser = new List<int>();
        _resources = new Attribute();
        _namespaces = new Attribute();
        for (var i = 0; i < regions.Count; i++)
        {
            var cubes = regions[i];
            if (cubes.Any(c => c.User.NoUser))
            {
                anyUser.Add(i);
            }
            // A rule without group clauses in some cube can contain any groups; else only pieces naming one of its groups.
            _groups.Add(i, cubes.Select(c => c.User.Groups.Clauses.Count == 0 ? StringSet.Any : StringSet.Of(c.User.Groups.Clauses.SelectMany(k => k.Items))));
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
            _resources.Add(i, resourceCubes.Select(c => c.Resource));
            _namespaces.Add(i, resourceCubes.Select(c => c.Namespace));
        }
        _nonResource = nonResource.ToArray();
        _resource = resource.ToArray();
        _anyUser = anyUser.ToArray();
    }

    /// <summary>The rules, in order, that may overlap <paramref name="cube"/>; the others certainly do not.</summary>
    public int[] Candidates(RequestCube cube)
    {
        if (!cube.IsResource)
        {
            return _nonResource;
        }
        if (cube.Resource.IsCofinite && cube.Namespace.IsCofinite)
        {
            return _resource;
        }
        var key = (cube.Resource, cube.Namespace);
        if (!_cache.TryGetValue(key, out var merged))
        {
            var byResource = cube.Resource.IsCofinite ? null : _resources.Candidates(cube.Resource.Items);
            var byNamespace = cube.Namespace.IsCofinite ? null : _namespaces.Candidates(cube.Namespace.Items);
            _cache[key] = merged = byResource is null ? byNamespace! : byNamespace is null ? byResource : Intersect(byResource, byNamespace);
        }
        return merged;
    }

    /// <summary>
    /// The rules, in order, that may contain <paramref name="cube"/> whole: a rule whose cubes all name
    /// namespaces (resources) cannot contain a piece of any namespace (resource), nor a rule that needs a
    /// user a piece that includes requests without one. So a broad piece, which overlaps every rule of a
    /// large policy, is only tested for containment by the few broad rules (issue 17: this test ran over
    /// every later rule at every step of the search, quadratic in the rule count).
    /// </summary>
    public int[] ContainerCandidates(RequestCube cube)
    {
        var byNamespace = cube.IsResource && cube.Namespace.IsCofinite;
        var byResource = cube.IsResource && cube.Resource.IsCofinite;
        var byUser = cube.User.NoUser;
        // A rule whose cubes all need one of some groups contains a piece only if the piece needs one of
        // them too: every group list of the piece must be in the rule (GroupSet.Implied).
        var pieceGroups = StringSet.Of(cube.User.Groups.Clauses.SelectMany(k => k.Items));
        var candidates = Candidates(cube);
        var key = (cube.IsResource, byResource ? StringSet.Any : cube.Resource, byNamespace ? StringSet.Any : cube.Namespace, byUser, pieceGroups);
        if (!_containerCache.TryGetValue(key, out var result))
        {
            result = candidates;
            if (byNamespace)
            {
                result = Intersect(result, _namespaces.Unconstrained);
            }
            if (byResource)
            {
                result = Intersect(result, _resources.Unconstrained);
            }
            if (byUser)
            {
                result = Intersect(result, _anyUser);
            }
            result = _groups.Filter(result, pieceGroups.Items);
            _containerCache[key] = result;
        }
        return result;
    }

    /// <summary>The rules, in order, that may overlap some cube of <paramref name="region"/>.</summary>
    public IEnumerable<int> Candidates(IReadOnlyList<RequestCube> region)
        => region.Count == 1 ? Candidates(region[0]) : region.SelectMany(Candidates).Distinct().OrderBy(i => i);

    private static int[] Intersect(int[] a, int[] b)
    {
        var result = new List<int>(System.Math.Min(a.Length, b.Length));
        for (int x = 0, y = 0; x < a.Length && y < b.Length;)
        {
            if (a[x] < b[y])
            {
                x++;
            }
            else if (a[x] > b[y])
            {
                y++;
            }
            else
            {
                result.Add(a[x]);
                x++;
                y++;
            }
        }
        return result.ToArray();
    }

    /// <summary>One attribute of resource requests: the rules any of whose cubes take any value (cofinite), and per named value the rules naming it.</summary>
    private sealed class Attribute
    {
        private readonly List<int> _any = new();
        private readonly Dictionary<string, List<int>> _byValue = new(System.StringComparer.Ordinal);
        private int[]? _unconstrained;
        private HashSet<int>? _anySet;

        /// <summary>The rules (in order) some cube of which takes any value.</summary>
        public int[] Unconstrained => _unconstrained ??= _any.ToArray();

        public void Add(int rule, IEnumerable<StringSet> sets)
        {
            var list = sets.ToList();
            if (list.Any(s => s.IsCofinite))
            {
                _any.Add(rule);
                return;
            }
            foreach (var value in list.SelectMany(s => s.Items).Distinct())
            {
                if (!_byValue.TryGetValue(value, out var rules))
                {
                    _byValue[value] = rules = new List<int>();
                }
                rules.Add(rule);
            }
        }

        /// <summary>
        /// The rules of <paramref name="rules"/> (in order) that may take one of <paramref name="values"/>: a filter of a
        /// short candidate list, where building the whole list of rules that take any value cost a pass over most of
        /// a 20,000-rule policy per new set of values.
        /// </summary>
        public int[] Filter(int[] rules, IReadOnlyList<string> values)
        {
            var named = new HashSet<int>();
            foreach (var value in values)
            {
                if (_byValue.TryGetValue(value, out var list))
                {
                    named.UnionWith(list);
                }
            }
            var any = _anySet ??= new HashSet<int>(_any);
            return System.Array.FindAll(rules, r => any.Contains(r) || named.Contains(r));
        }

        /// <summary>The rules, in order, that may take one of <paramref name="values"/>.</summary>
        public int[] Candidates(IReadOnlyList<string> values)
        {
            var all = new HashSet<int>(_any);
            foreach (var value in values)
            {
                if (_byValue.TryGetValue(value, out var rules))
                {
                    all.UnionWith(rules);
                }
            }
            var sorted = all.ToArray();
            System.Array.Sort(sorted);
            return sorted;
        }
    }
}
