using System.Collections.Generic;
using System.Linq;
using PolicyKit.Detection;

namespace PolicyKit.Detections.Runtime;

/// <summary>How the engine decides a rule that the index lets through.</summary>
public enum DetectionMode
{
    /// <summary>The rule's own method, compiled by C# (the default).</summary>
    Compiled,

    /// <summary>The rule's IR through <see cref="DetectionInterpreter"/>.</summary>
    Interpreted,
}

/// <summary>
/// Runs a set of rules over events, one pass per event: the index picks the rules that can match the
/// event's resource, subresource, verb and stage; only those look further (and only they parse bodies).
/// </summary>
public sealed class DetectionEngine
{
    private readonly DetectionRule[] _rules;
    private readonly DetectionIndex _index;
    private readonly DetectionMode _mode;
    private readonly List<int> _candidates = new();

    public DetectionEngine(IEnumerable<DetectionRule> rules, DetectionMode mode = DetectionMode.Compiled)
    {
        _rules = rules.ToArray();
        _index = new DetectionIndex(_rules.Select(r => r.Info).ToArray());
        _mode = mode;
    }

    public IReadOnlyList<DetectionRule> Rules => _rules;

    /// <summary>Adds the rules the event matches to <paramref name="matches"/>, in rule order.</summary>
    public void Match(Utf8AuditEvent e, List<DetectionRule> matches)
    {
        if (e.Stage is not { } stage)
        {
            return;
        }
        _candidates.Clear();
        _index.Candidates(e.Resource, e.Subresource, e.Verb, stage, _candidates);
        if (_candidates.Count == 0)
        {
            return;
        }
        AuditEvent? view = null;
        foreach (var i in _candidates)
        {
            var rule = _rules[i];
            var hit = _mode == DetectionMode.Compiled
                ? rule.Compiled(view ??= new AuditEvent(e))
                : DetectionInterpreter.Matches(rule.Info.Condition, e);
            if (hit)
            {
                matches.Add(rule);
            }
        }
    }
}
