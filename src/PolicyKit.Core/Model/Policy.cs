namespace PolicyKit;

/// <summary>An audit policy (audit.k8s.io/v1 Policy). Rules are tried in order; the first match decides.</summary>
public sealed record Policy
{
    public const string ApiVersion = "audit.k8s.io/v1";
    public const string Kind = "Policy";

    public Policy(EquatableArray<PolicyRule> rules) => Rules = rules;

    /// <summary>Every field at once; generated code uses this form because it compiles on C# 7.3 (no init accessors).</summary>
    public Policy(EquatableArray<PolicyRule> rules, Stages omitStages, bool omitManagedFields, string? name)
    {
        Rules = rules;
        OmitStages = omitStages;
        OmitManagedFields = omitManagedFields;
        Name = name;
    }

    public EquatableArray<PolicyRule> Rules { get; init; }

    public Stages OmitStages { get; init; }

    public bool OmitManagedFields { get; init; }

    /// <summary>metadata.name, if any; the apiserver ignores it.</summary>
    public string? Name { get; init; }
}
