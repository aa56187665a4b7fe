using System;

namespace PolicyKit;

/// <summary>
/// Emitted by the generator, once per policy, on the assembly: what the MSBuild task and the CLI read
/// (with System.Reflection.Metadata, without running code) to find the policies of a built assembly.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class CompiledAuditPolicyAttribute : Attribute
{
    public CompiledAuditPolicyAttribute(string name, Type policyClass, string minKubernetesVersion, int ruleCount, string yaml)
    {
        Name = name;
        PolicyClass = policyClass;
        MinKubernetesVersion = minKubernetesVersion;
        RuleCount = ruleCount;
        Yaml = yaml;
    }

    public string Name { get; }

    public Type PolicyClass { get; }

    public string MinKubernetesVersion { get; }

    public int RuleCount { get; }

    public string Yaml { get; }
}
