using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit;

/// <summary>
/// Builds an audit policy. A policy class's <c>Define(PolicyBuilder policy)</c> calls it; the generator
/// reads the same calls at compile time, and <see cref="Build(Action{PolicyBuilder})"/> runs them.
/// </summary>
public sealed class PolicyBuilder
{
    private readonly List<RuleBuilder> _rules = new();
    private Stages _omitStages;
    private bool _omitManagedFields;

    /// <summary>Runs a Define method and returns the policy it describes.</summary>
    public static Policy Build(Action<PolicyBuilder> define)
    {
        var builder = new PolicyBuilder();
        define(builder);
        return builder.Build();
    }

    /// <summary>Adds a rule. Rules are tried in the order they are added; the first match decides.</summary>
    public RuleBuilder Rule(Level level, string? name = null)
    {
        var rule = new RuleBuilder(level, name);
        _rules.Add(rule);
        return rule;
    }

    /// <summary>Stages for which no event is written, for every request.</summary>
    public PolicyBuilder OmitStages(params Stage[] stages)
    {
        foreach (var s in stages)
        {
            _omitStages |= s.ToSet();
        }
        return this;
    }

    /// <summary>Omit managedFields from request and response bodies unless a rule says otherwise.</summary>
    public PolicyBuilder OmitManagedFields(bool omit = true)
    {
        _omitManagedFields = omit;
        return this;
    }

    public Policy Build()
        => new(new EquatableArray<PolicyRule>(_rules.Select(r => r.ToRule())))
        {
            OmitStages = _omitStages,
            OmitManagedFields = _omitManagedFields,
        };
}
