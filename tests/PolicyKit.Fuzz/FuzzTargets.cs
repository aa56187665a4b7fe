namespace PolicyKit.Fuzz;

/// <summary>Every fuzz target: a new reader is one <see cref="IFuzzTarget"/> file and one line here.</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<IFuzzTarget> All { get; } = new IFuzzTarget[]
    {
        new PolicyReaderTarget(),
        new EventReaderTarget(),
        new EnvelopeReaderTarget(),
        new DetectionRulesTarget(),
        new WebhookBodyTarget(),
    };

    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
