namespace PolicyKit.Detection;

/// <summary>
/// A detection rule as data: what the [Detection] attribute says plus the IR of its body. The
/// generator writes one per rule into the built assembly; the CLI, the interpreter and the
/// policy check (PK2010) read it. <see cref="Window"/> is null for an ordinary rule (each matching
/// event is an alert) and set for a windowed one (a burst of matching events is one alert).
/// <see cref="Tags"/> group rules for enabling and disabling; <see cref="Exceptions"/> drop the rule's
/// alerts on events they describe (the engine applies them after the condition).
/// </summary>
public sealed record DetectionInfo(
    string Id,
    string Title,
    AlertSeverity Severity,
    string Mitre,
    Stage Stage,
    DetectionCondition Condition,
    DetectionWindow? Window = null,
    EquatableArray<string> Tags = default,
    EquatableArray<DetectionException> Exceptions = default)
{
    private DetectionRequirements? _requirements;

    /// <summary>What an event must be for the rule to have a chance: the index keys.</summary>
    public DetectionRequirements Requirements => _requirements ??= DetectionRequirements.From(Condition);

    /// <summary>The level the policy must log the rule's requests at for the rule to see what it reads.</summary>
    public Level NeededLevel => DetectionNeeds.LevelFor(Condition);
}
