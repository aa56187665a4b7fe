using PolicyKit.Cli.IO;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Assemblies;

/// <summary>
/// The model of a policy in a built assembly, read from the canonical YAML its CompiledAuditPolicy record holds
/// (exactly what the build releases as audit-policy.yaml); the context is unloaded at once, nothing of it runs.
/// </summary>
internal static class CompiledPolicyModel
{
    /// <returns>The policy's name (as <c>DLL:name</c> for display) and its model.</returns>
    public static (string Name, Policy Policy) Load(string assemblyPath, string? policy)
    {
        var (context, record) = BuiltAssemblyContext.Load(assemblyPath, assembly =>
        {
            var chosen = CompiledPolicy.Choose(assembly, assemblyPath, policy);
            return (chosen.Name, chosen.Yaml);
        });
        context.Unload();
        try
        {
            return ($"{System.IO.Path.GetFileName(assemblyPath)}:{record.Name}", CanonicalPolicyYamlReader.Read(record.Yaml).Policy);
        }
        catch (CanonicalYamlException ex)
        {
            throw new InputException($"{assemblyPath}: policy \"{record.Name}\": its compiled YAML cannot be read back (line {ex.Line}: {ex.Message}); rebuild it with this PolicyKit");
        }
    }
}
