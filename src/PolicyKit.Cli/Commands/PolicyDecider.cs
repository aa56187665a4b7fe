using System;
using PolicyKit.Cli.Assemblies;
using PolicyKit.Cli.IO;
using PolicyKit.Validation;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// The policy a command replays events through (evaluate, filter): a YAML policy decided by the reference
/// evaluator, or the compiled matcher of a built policy assembly. Disposing unloads the assembly.
/// </summary>
internal sealed class PolicyDecider : IDisposable
{
    private readonly CompiledPolicy? _compiled;

    private PolicyDecider(Func<AuditRequest, AuditDecision> decide, CompiledPolicy? compiled, Policy? model)
    {
        Decide = decide;
        _compiled = compiled;
        Model = model;
    }

    public Func<AuditRequest, AuditDecision> Decide { get; }

    /// <summary>The policy's model (its rules' names), when known: a YAML policy's, or a compiled policy's generated Model.</summary>
    public Policy? Model { get; }

    /// <summary>A command that decides with a policy needs --policy POLICY.yaml or --assembly DLL.</summary>
    public static void RequireOne(System.CommandLine.Command command, System.CommandLine.Option<string?> policy, System.CommandLine.Option<string?> assembly)
        => command.Validators.Add(result =>
        {
            if (result.GetValue(assembly) is null && result.GetValue(policy) is null)
            {
                result.AddError("give --policy POLICY.yaml, or --assembly DLL");
            }
        });

    /// <summary>
    /// Loads the policy; null (after saying why on stderr) when kube-apiserver would refuse it. Fields it drops
    /// are reported and the rest is loaded, as the apiserver does.
    /// </summary>
    public static PolicyDecider? Load(CliContext context, string? policyPath, string? assemblyPath, KubernetesVersion version)
    {
        if (assemblyPath is not null)
        {
            var compiled = CompiledPolicy.Load(assemblyPath, policyPath);
            var model = compiled.Type.GetProperty("Model", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null) as Policy;
            return new PolicyDecider(request => compiled.Evaluate(request), compiled, model);
        }
        var document = PolicyLoader.Load(policyPath!, version, context);
        var name = InputFiles.DisplayName(policyPath!);
        foreach (var f in document.Findings)
        {
            if (f.Severity != Severity.Info)
            {
                context.Error.WriteLine(f.Format(name));
            }
        }
        var policy = PolicyLoader.Loadable(document);
        if (policy is null)
        {
            context.Error.WriteLine($"error: {name}: kube-apiserver would refuse this policy; fix the errors above (policykit validate {name})");
            return null;
        }
        var evaluator = new PolicyEvaluator(policy, version);
        return new PolicyDecider(request => evaluator.Evaluate(request), null, policy);
    }

    public void Dispose() => _compiled?.Dispose();
}
