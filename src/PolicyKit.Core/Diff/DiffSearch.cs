using System.Collections.Generic;
using PolicyKit.Analysis;

namespace PolicyKit.Diff;

/// <summary>
/// The depth-first search behind <see cref="PolicyDiff"/>: splits a piece of requests by the old policy's deciding
/// rule, then by the new one's, and keeps the cells whose outcomes differ. Two prunings keep it small: where the first
/// rule that can match on both sides is the same rule, what it matches is decided alike and is dropped unsplit; and
/// once the old outcome is known, what a new rule with that same outcome matches is dropped unsplit. Its steps (pieces
/// taken, and rules tested against them) in all scopes of one comparison count against one budget.
/// </summary>
internal sealed class DiffSearch
{
    private readonly Policy _old;
    private readonly Policy _new;
    private readonly DecisionPartition _oldRules;
    private readonly DecisionPartition _newRules;
    private readonly RuleIdentity _same;

    private readonly long _maxSteps;
    private long _pieces;

    public DiffSearch(Policy old, Policy @new, DiffVersions versions, RuleIdentity same, long maxSteps)
    {
        _maxSteps = maxSteps;
        _old = old;
        _new = @new;
        _oldRules = new DecisionPartition(old, versions.Old);
        _newRules = new DecisionPartition(@new, versions.New);
        _same = same;
    }

    /// <summary>Disjoint cells (old rule, new rule, piece) whose outcomes differ; together, every such request of <paramref name="scope"/>.</summary>
    public IEnumerable<(int Old, int New, RequestCube Piece)> Changes(RequestCube scope)
    {
        // OldRule: the old deciding rule once known (−1: none), else null and OldNext says where to look on.
        var stack = new Stack<(RequestCube Cube, int OldNext, int NewNext, int? OldRule)>();
        stack.Push((scope, 0, 0, null));
        while (stack.Count > 0)
        {
            if (++_pieces + _oldRules.Steps + _newRules.Steps > _maxSteps)
            {
                throw new DiffBudgetExceededException(_maxSteps, _same.Unshared);
            }
            var (cube, oldNext, newNext, oldRule) = stack.Pop();
            if (oldRule is not { } decided)
            {
                var (r, wholeR) = _oldRules.First(cube, oldNext);
                if (r >= 0 && !wholeR)
                {
                    var (s, _) = _newRules.First(cube, newNext);
                    var (inside, outside) = _oldRules.Split(cube, r);
                    var shared = s >= 0 && _same.Equal(r, s) && Outcome(_old, r) == Outcome(_new, s);
                    foreach (var piece in outside)
                    {
                        stack.Push((piece, r + 1, shared ? s + 1 : newNext, null));
                    }
                    if (!shared)
                    {
                        foreach (var piece in inside)
                        {
                            stack.Push((piece, 0, newNext, r));
                        }
                    }
                    continue;
                }
                decided = r;
            }
            var was = Outcome(_old, decided);
            var (rule, whole) = _newRules.First(cube, newNext);
            var now = Outcome(_new, rule);
            if (rule < 0 || whole)
            {
                if (now != was)
                {
                    yield return (decided, rule, cube);
                }
                continue;
            }
            var (matched, rest) = _newRules.Split(cube, rule);
            if (now != was)
            {
                foreach (var piece in matched)
                {
                    yield return (decided, rule, piece);
                }
            }
            foreach (var piece in rest)
            {
                stack.Push((piece, 0, rule + 1, decided));
            }
        }
    }

    /// <summary>The outcome rule <paramref name="rule"/> gives (−1: no rule), as the evaluator reports it.</summary>
    public static DiffOutcome Outcome(Policy policy, int rule)
        => rule < 0
            ? new DiffOutcome(Level.None, policy.OmitStages, policy.OmitManagedFields)
            : new DiffOutcome(policy.Rules[rule].Level, policy.OmitStages | policy.Rules[rule].OmitStages, policy.Rules[rule].OmitManagedFields ?? policy.OmitManagedFields);
}
