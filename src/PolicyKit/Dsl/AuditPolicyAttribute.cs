using System;

namespace PolicyKit;

/// <summary>
/// Marks a <c>static partial class</c> with a <c>static void Define(PolicyBuilder policy)</c> method as an
/// audit policy. The PolicyKit generator compiles it into <c>Yaml</c>, <c>Policy</c> and <c>Evaluate</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditPolicyAttribute : Attribute
{
    public AuditPolicyAttribute(string name) => Name = name;

    /// <summary>The policy's name: the artifact folder and the name tools use to pick it.</summary>
    public string Name { get; }

    /// <summary>The oldest kube-apiserver the policy must behave identically on (default 1.29).</summary>
    public string? MinKubernetesVersion { get; set; }
}

/// <summary>
/// Marks a <c>static void M(PolicyBuilder policy)</c> method whose rules several policies include by calling it
/// from their <c>Define</c> method.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class RuleSetAttribute : Attribute
{
}
