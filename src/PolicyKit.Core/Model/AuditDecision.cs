using System;

namespace PolicyKit;

/// <summary>What the policy decides for one request: level, stages omitted, managed fields, and the deciding rule.</summary>
public readonly struct AuditDecision : IEquatable<AuditDecision>
{
    public AuditDecision(Level level, Stages omitStages, bool omitManagedFields, int ruleIndex)
    {
        Level = level;
        OmitStages = omitStages;
        OmitManagedFields = omitManagedFields;
        RuleIndex = ruleIndex;
    }

    public Level Level { get; }

    public Stages OmitStages { get; }

    public bool OmitManagedFields { get; }

    /// <summary>0-based index of the deciding rule, or -1 when no rule matched.</summary>
    public int RuleIndex { get; }

    /// <summary>The deciding rule's index, or null when no rule matched.</summary>
    public int? Rule => RuleIndex < 0 ? null : RuleIndex;

    public bool Equals(AuditDecision other)
        => Level == other.Level && OmitStages == other.OmitStages
           && OmitManagedFields == other.OmitManagedFields && RuleIndex == other.RuleIndex;

    public override bool Equals(object? obj) => obj is AuditDecision other && Equals(other);

    public override int GetHashCode() => ((int)Level * 397) ^ ((int)OmitStages * 31) ^ (OmitManagedFields ? 1 : 0) ^ (RuleIndex << 8);

    public static bool operator ==(AuditDecision left, AuditDecision right) => left.Equals(right);

    public static bool operator !=(AuditDecision left, AuditDecision right) => !left.Equals(right);

    public override string ToString()
        => $"{Level.ToName()} (rule {(RuleIndex < 0 ? "none" : RuleIndex.ToString(System.Globalization.CultureInfo.InvariantCulture))}, omitStages [{string.Join(",", OmitStages.Enumerate())}], omitManagedFields {(OmitManagedFields ? "true" : "false")})";
}
