using System;
using System.Linq;
using System.Reflection;
using PolicyKit.Cli.IO;

namespace PolicyKit.Cli.Assemblies;

/// <summary>The compiled matcher of a policy in a built policy assembly.</summary>
internal delegate AuditDecision CompiledEvaluate(in AuditRequest request);

/// <summary>
/// Loads a built policy assembly in a collectible load context (PolicyKit and PolicyKit.Core are
/// shared with the CLI, so the matcher's AuditRequest is ours) and finds its policies through the
/// [assembly: CompiledAuditPolicy] records the generator wrote.
/// </summary>
internal sealed class CompiledPolicy : IDisposable
{
    private readonly BuiltAssemblyContext _context;

    private CompiledPolicy(BuiltAssemblyContext context, string name, Type type, CompiledEvaluate evaluate)
    {
        _context = context;
        Name = name;
        Type = type;
        Evaluate = evaluate;
    }

    public string Name { get; }

    public Type Type { get; }

    public CompiledEvaluate Evaluate { get; }

    /// <summary>Loads the policy named <paramref name="policy"/> (policy or class name), or the only one.</summary>
    public static CompiledPolicy Load(string assemblyPath, string? policy)
    {
        var (context, chosen) = BuiltAssemblyContext.Load(assemblyPath, assembly =>
        {
            var chosen = Choose(assembly, assemblyPath, policy);
            var method = chosen.PolicyClass.GetMethod("Evaluate", BindingFlags.Public | BindingFlags.Static)
                ?? throw new InputException($"{assemblyPath}: {chosen.PolicyClass.FullName} has no generated Evaluate method");
            return (chosen.Name, chosen.PolicyClass, Evaluate: method.CreateDelegate<CompiledEvaluate>());
        });
        return new CompiledPolicy(context, chosen.Name, chosen.PolicyClass, chosen.Evaluate);
    }

    /// <summary>The record of the policy named <paramref name="policy"/> (policy or class name), or of the only one.</summary>
    public static CompiledAuditPolicyAttribute Choose(Assembly assembly, string assemblyPath, string? policy)
    {
        var records = assembly.GetCustomAttributes<CompiledAuditPolicyAttribute>().ToList();
        if (records.Count == 0)
        {
            throw new InputException($"{assemblyPath}: holds no compiled audit policy (no [AuditPolicy] class was built into it)");
        }
        var names = string.Join(", ", records.Select(r => $"{r.Name} ({r.PolicyClass.FullName})"));
        return policy is null
            ? records.Count == 1 ? records[0] : throw new InputException($"{assemblyPath}: holds several policies, pick one with --policy: {names}")
            : records.FirstOrDefault(r => r.Name == policy || r.PolicyClass.FullName == policy || r.PolicyClass.Name == policy)
              ?? throw new InputException($"{assemblyPath}: no policy \"{policy}\"; it holds: {names}");
    }

    public void Dispose() => _context.Unload();
}
