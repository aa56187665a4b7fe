using System;
using System.Globalization;
using System.IO;
using PolicyKit.Cli.Import;
using PolicyKit.Tests;

namespace PolicyKit.Benchmarks.Scale;

/// <summary>
/// <c>dotnet run -c Release --project tests/PolicyKit.Benchmarks -- generate-scale-policies [yaml-folder]</c>:
/// rewrites the DSL classes the compiled-matcher benchmarks build (Scale/RealShaped*.cs, through
/// `policykit import`'s writer) and, given a folder, writes every size as YAML for `policykit lint`.
/// </summary>
internal static class GenerateScalePolicies
{
    /// <summary>The sizes compiled into the benchmark project (20,000 rules are measured in memory only).</summary>
    public static readonly int[] CompiledSizes = [100, 500, 2000];

    public static int Run(string[] args)
    {
        var here = Path.Combine(Path.GetDirectoryName(Fixtures.Policy("x"))!, "..", "..", "PolicyKit.Benchmarks", "Scale");
        foreach (var size in CompiledSizes)
        {
            var policy = ScalePolicySet.Create(size);
            var name = "RealShaped" + size.ToString(CultureInfo.InvariantCulture);
            var code = PolicyCSharpWriter.Write(policy, new ImportOptions(name, "PolicyKit.Benchmarks.Scale", "real-shaped-" + size.ToString(CultureInfo.InvariantCulture), "generate-scale-policies")).Code;
            File.WriteAllText(Path.Combine(here, name + ".cs"), code);
            Console.WriteLine($"{name}.cs: {policy.Rules.Count} rules");
        }
        if (args.Length > 1)
        {
            Directory.CreateDirectory(args[1]);
            foreach (var size in RealShapedPolicy.Sizes)
            {
                var path = Path.Combine(args[1], $"real-shaped-{size.ToString(CultureInfo.InvariantCulture)}.yaml");
                File.WriteAllText(path, PolicyKit.Yaml.PolicyYamlWriter.Write(ScalePolicySet.Create(size)));
                Console.WriteLine(path);
            }
        }
        return 0;
    }
}
