using PolicyKit.Analysis;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Fuzz;

/// <summary>
/// What every policy command does with a file: read it (YAML or JSON, any bytes), then validate and analyse the
/// policy when there is one. The reader reports problems as findings and never throws; the analysis may throw
/// only <see cref="AnalysisDefectException"/>, which the commands report.
/// </summary>
public sealed class PolicyReaderTarget : IFuzzTarget
{
    public string Name => "policy-reader";

    public IReadOnlyList<string> SeedPaths { get; } = new[] { "policies", "fuzz/policy-reader" };

    public void Run(ReadOnlySpan<byte> input)
    {
        using var stream = new MemoryStream(input.ToArray(), writable: false);
        var document = PolicyYamlReader.Read(stream);
        if (document.Policy is not { } policy)
        {
            return;
        }
        PolicyValidator.Validate(policy);
        try
        {
            PolicyAnalysis.Analyze(policy, KubernetesVersion.Latest);
        }
        catch (AnalysisDefectException)
        {
            // Documented: the commands print it and withhold the analysis.
        }
    }
}
