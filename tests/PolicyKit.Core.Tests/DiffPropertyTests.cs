using PolicyKit.Diff;

namespace PolicyKit.Tests;

/// <summary>
/// <see cref="PolicyDiff"/> against the reference evaluator over thousands of generated policy pairs: a request in no
/// region is decided the same by both policies, a request in a region is decided as the region says on each side,
/// every witness is decided by the rules its part names, and equivalent rewrites report nothing.
/// </summary>
public class DiffPropertyTests
{
    private static readonly DiffVersions[] Versions =
        [DiffVersions.Same(new(1, 35)), DiffVersions.Same(new(1, 36)), new(new(1, 35), new(1, 36))];

    [Fact]
    public void Regions_are_exact_for_unrelated_policies()
        => Pairs(Gen.Select(Generators.Policy, Generators.Policy)).Sample(t => Check(t.Old, t.New, t.Requests), iter: 1500);

    [Fact]
    public void Regions_are_exact_for_one_edit()
        => Pairs(Generators.Policy.SelectMany(p => Edited(p).Select(e => (p, e)))).Sample(t => Check(t.Old, t.New, t.Requests), iter: 2000);

    [Fact]
    public void Equivalent_rewrites_report_no_change()
        => Generators.Policy.SelectMany(p => Rewritten(p).Select(e => (p, e))).Sample(t =>
        {
            var (old, rewritten) = t;
            foreach (var version in new KubernetesVersion[] { new(1, 35), new(1, 36) })
            {
                var diff = PolicyDiff.Compare(old, rewritten, DiffVersions.Same(version));
                Assert.False(diff.HasChanges, $"{version}: {string.Join("; ", diff.Regions.Select(r => $"{r.Old} -> {r.New} by {r.Witness}"))}");
            }
        }, iter: 3000);

    [Fact]
    public void A_policy_against_itself_changes_only_with_the_version()
        => Generators.Policy.SelectMany(p => Generators.RealRequestsFor(p).Array[100, 100].Select(r => (p, r))).Sample(t =>
        {
            var (policy, requests) = t;
            Assert.False(PolicyDiff.Compare(policy, policy).HasChanges);
            var upgrade = PolicyDiff.Compare(policy, policy, new(new(1, 35), new(1, 36)));
            var wildcard = policy.Rules.Any(r => r.Resources.Any(g => g.Group == "*"));
            Assert.True(wildcard || !upgrade.HasChanges);
            Check(policy, policy, requests);
        }, iter: 1000);

    private static void Check(Policy old, Policy @new, AuditRequest[] requests)
    {
        foreach (var versions in Versions)
        {
            var diff = PolicyDiff.Compare(old, @new, versions);
            var before = new PolicyEvaluator(old, versions.Old);
            var after = new PolicyEvaluator(@new, versions.New);
            foreach (var region in diff.Regions)
            {
                Assert.NotEqual(region.Old, region.New);
                Assert.True(region.Contains(region.Witness));
                foreach (var part in region.Parts)
                {
                    var x = before.Evaluate(part.Witness);
                    var y = after.Evaluate(part.Witness);
                    Assert.Equal((part.OldRule, part.NewRule), (x.RuleIndex, y.RuleIndex));
                    Assert.Equal((region.Old, region.New), (DiffOutcome.Of(x), DiffOutcome.Of(y)));
                    Assert.True(region.Contains(part.Witness));
                }
            }
            foreach (var request in requests)
            {
                var x = DiffOutcome.Of(before.Evaluate(request));
                var y = DiffOutcome.Of(after.Evaluate(request));
                var containing = diff.Regions.Where(r => r.Contains(request)).ToList();
                Assert.True(containing.Count <= 1, $"{request} is in {containing.Count} regions");
                if (containing.Count == 0)
                {
                    Assert.True(x == y, $"{versions}: {request} is in no region but changes from {x} to {y}");
                }
                else
                {
                    Assert.True((x, y) == (containing[0].Old, containing[0].New),
                        $"{versions}: {request} is in the region {containing[0].Old} -> {containing[0].New} but is decided {x} -> {y}");
                }
            }
        }
    }

    /// <summary>Each pair with requests drawn from the strings both policies name, and requests built to match their rules.</summary>
    private static Gen<(Policy Old, Policy New, AuditRequest[] Requests)> Pairs(Gen<(Policy, Policy)> pairs)
        => pairs.SelectMany(t =>
        {
            var both = t.Item1 with { Rules = new EquatableArray<PolicyRule>(t.Item1.Rules.Concat(t.Item2.Rules).ToArray()) };
            return Generators.RequestsFor(both).Array[120, 120].Select(r => (t.Item1, t.Item2, r));
        });

    /// <summary>One edit of the kind a pull request makes: a rule replaced, inserted, removed or moved, or a level changed.</summary>
    private static Gen<Policy> Edited(Policy p)
    {
        var n = p.Rules.Count;
        Policy With(IEnumerable<PolicyRule> rules) => p with { Rules = new EquatableArray<PolicyRule>(rules.ToArray()) };
        return Gen.Frequency(
            (2, Gen.Select(Gen.Int[0, n - 1], Generators.Rule, (i, r) => With(p.Rules.Select((x, k) => k == i ? r : x)))),
            (2, Gen.Select(Gen.Int[0, n], Generators.Rule, (i, r) => With(p.Rules.Take(i).Append(r).Concat(p.Rules.Skip(i))))),
            (1, Gen.Int[0, n - 1].Select(i => n == 1 ? p : With(p.Rules.Where((_, k) => k != i)))),
            (1, Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], (i, j) =>
            {
                var list = p.Rules.ToList();
                var r = list[i];
                list.RemoveAt(i);
                list.Insert(j, r);
                return With(list);
            })),
            (2, Gen.Select(Gen.Int[0, n - 1], Gen.Enum<Level>(), Generators.StageSet,
                (i, level, stages) => With(p.Rules.Select((x, k) => k == i ? x with { Level = level, OmitStages = stages } : x)))),
            (1, Gen.Select(Generators.StageSet, Gen.Bool, (s, omf) => p with { OmitStages = s, OmitManagedFields = omf })));
    }

    /// <summary>
    /// Rewrites that change no decision: renamed rules, resources split into one GroupResources per pattern, a rule
    /// duplicated, adjacent rules swapped when they give the same outcome or can match no request in common.
    /// </summary>
    private static Gen<Policy> Rewritten(Policy p)
        => Gen.Select(Gen.Bool, Gen.Bool, Gen.Int[0, p.Rules.Count - 1], Gen.Int[0, 3], (rename, split, dup, swaps) =>
        {
            var rules = p.Rules.Select((r, i) => rename ? r with { Name = "renamed-" + i } : r)
                .Select(r => split ? r with { Resources = new EquatableArray<GroupResources>(r.Resources.SelectMany(Split).ToArray()) } : r)
                .ToList();
            rules.Insert(dup, rules[dup]);
            for (var s = 0; s < swaps; s++)
            {
                for (var i = s % 2; i + 1 < rules.Count; i += 2)
                {
                    if (SameOutcome(p, rules[i], rules[i + 1]) || Disjoint(rules[i], rules[i + 1]))
                    {
                        (rules[i], rules[i + 1]) = (rules[i + 1], rules[i]);
                    }
                }
            }
            return p with { Rules = new EquatableArray<PolicyRule>(rules.ToArray()) };
        });

    private static IEnumerable<GroupResources> Split(GroupResources entry)
        => entry.Resources.Count < 2
            ? [entry]
            : entry.Resources.Select(r => entry with { Resources = new EquatableArray<string>([r]) });

    private static bool SameOutcome(Policy p, PolicyRule a, PolicyRule b)
        => new DiffOutcome(a.Level, p.OmitStages | a.OmitStages, a.OmitManagedFields ?? p.OmitManagedFields)
           == new DiffOutcome(b.Level, p.OmitStages | b.OmitStages, b.OmitManagedFields ?? p.OmitManagedFields);

    /// <summary>Rules no request can match both of, by a syntactic test: different kinds, or disjoint lists of one attribute.</summary>
    private static bool Disjoint(PolicyRule a, PolicyRule b)
        => (a.IsResourceRule && b.IsNonResourceRule) || (a.IsNonResourceRule && b.IsResourceRule)
           || Apart(a.Verbs, b.Verbs) || Apart(a.Users, b.Users) || Apart(a.Namespaces, b.Namespaces);

    private static bool Apart(EquatableArray<string> a, EquatableArray<string> b)
        => !a.IsEmpty && !b.IsEmpty && !a.Intersect(b).Any();
}
