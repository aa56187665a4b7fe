namespace PolicyKit.Build;

/// <summary>One <c>[assembly: CompiledAuditPolicy(...)]</c> record, as the generator wrote it.</summary>
internal sealed record PolicyRecord(string Name, string ClassName, string MinKubernetesVersion, int RuleCount, string Yaml);
