using System;
using System.Linq;

namespace PolicyKit.Diff;

/// <summary>
/// What a decision records, without the rule that made it: level, omitted stages, omitManagedFields. A request at
/// level None produces no event, so two None outcomes are the same whatever their stages and managed-fields say.
/// </summary>
public readonly struct DiffOutcome : IEquatable<DiffOutcome>
{
    public DiffOutcome(Level level, Stages omitStages, bool omitManagedFields)
    {
        Level = level;
        // Normalised so that equal outcomes have equal fields: None records nothing.
        OmitStages = level == Level.None ? Stages.None : omitStages;
        OmitManagedFields = level != Level.None && omitManagedFields;
    }

    public static DiffOutcome Of(AuditDecision decision) => new(decision.Level, decision.OmitStages, decision.OmitManagedFields);

    public Level Level { get; }

    /// <summary>The stages not recorded (empty at level None).</summary>
    public Stages OmitStages { get; }

    /// <summary>Whether managed fields are left out of recorded bodies (false at level None).</summary>
    public bool OmitManagedFields { get; }

    public bool Equals(DiffOutcome other)
        => Level == other.Level && OmitStages == other.OmitStages && OmitManagedFields == other.OmitManagedFields;

    public override bool Equals(object? obj) => obj is DiffOutcome other && Equals(other);

    public override int GetHashCode() => ((int)Level * 397) ^ ((int)OmitStages * 31) ^ (OmitManagedFields ? 1 : 0);

    public static bool operator ==(DiffOutcome left, DiffOutcome right) => left.Equals(right);

    public static bool operator !=(DiffOutcome left, DiffOutcome right) => !left.Equals(right);

    /// <summary><c>Metadata</c>, <c>Request, omitStages [RequestReceived], omitManagedFields</c>, <c>None</c>.</summary>
    public override string ToString()
    {
        if (Level == Level.None)
        {
            return Level.ToName();
        }
        var text = Level.ToName();
        if (OmitStages != Stages.None)
        {
            text += ", omitStages [" + string.Join(", ", OmitStages.Enumerate().Select(s => s.ToName())) + "]";
        }
        return OmitManagedFields ? text + ", omitManagedFields" : text;
    }
}
