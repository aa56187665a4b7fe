using PolicyKit.Tests;

namespace PolicyKit.EndToEnd.Tests;

/// <summary>
/// Once per test run: PolicyKit, its template and the policykit tool packed into a local folder feed, a package folder of
/// their own (NUGET_PACKAGES) so nothing cached elsewhere is used, and helpers to lay out and build policy
/// repos against them. Everything lives in one temporary folder, deleted at the end.
/// </summary>
public sealed class PackedPolicyKit : IDisposable
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public PackedPolicyKit()
    {
        Root = Directory.CreateTempSubdirectory("policykit-e2e-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_UI_LANGUAGE"] = "en",
        };
        // The projects were built by `dotnet test` (they are references of this project): pack what was built.
        foreach (var project in new[] { "src/PolicyKit/PolicyKit.csproj", "templates/PolicyKit.Templates/PolicyKit.Templates.csproj", "src/PolicyKit.Cli/PolicyKit.Cli.csproj" })
        {
            Succeed(Dotnet(Fixtures.RepositoryRoot, "pack", project, "-c", Configuration, "--no-build", "-o", Feed));
        }
        var package = Path.GetFileNameWithoutExtension(Directory.GetFiles(Feed, "PolicyKit.*.nupkg").Single(p => !p.Contains(".Templates.") && !p.Contains(".Cli.")));
        Version = package["PolicyKit.".Length..];
        // Added to the machine's package sources, not instead of them: test packages still come from there.
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="policykit-under-test" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public string Root { get; }

    /// <summary>A copy of examples/ClusterPolicy built once against the package, and its artifacts right after.</summary>
    public BuiltRepo Cluster => _cluster ??= Build(CopyClusterPolicy("cluster-policy"));

    private BuiltRepo? _cluster;

    private BuiltRepo Build(string folder)
    {
        // The IDE's design-time builds compile too, but must not write artifacts.
        Succeed(Dotnet(folder, "build", "-p:DesignTimeBuild=true"));
        Assert.False(Directory.Exists(Path.Combine(folder, "bin", "Debug", "net10.0", "policykit")), "a design-time build wrote artifacts");
        var build = Succeed(Dotnet(folder, "build"));
        return new BuiltRepo(folder, build, Snapshot(Artifacts(folder)));
    }

    public string Feed { get; }

    public string Version { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public string PackageFile(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public CommandResult Dotnet(string workingDirectory, params string[] args) => DotnetCli.Run(workingDirectory, Environment, args);

    public static CommandResult Succeed(CommandResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    /// <summary>A fresh copy of examples/ClusterPolicy that references the packed package instead of src/.</summary>
    public string CopyClusterPolicy(string name, Func<string, string>? editPolicy = null)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        foreach (var source in Directory.GetFiles(Path.Combine(Fixtures.RepositoryRoot, "examples", "ClusterPolicy"), "*.cs"))
        {
            var text = File.ReadAllText(source);
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(source)), Path.GetFileName(source) == "ClusterAuditPolicy.cs" && editPolicy is not null ? editPolicy(text) : text);
        }
        File.WriteAllText(Path.Combine(folder, "ClusterPolicy.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <RootNamespace>ClusterPolicy</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PolicyKit" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        return folder;
    }

    public static string Artifacts(string project, string policy = "cluster")
        => Path.Combine(project, "bin", "Debug", "net10.0", "policykit", policy);

    /// <summary>Every file under a folder with its bytes and timestamp.</summary>
    public static Dictionary<string, (byte[] Content, DateTime Written)> Snapshot(string folder)
        => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the folder is under the temp folder.
        }
    }
}

/// <summary>A policy repo as it stood after its first build.</summary>
public sealed record BuiltRepo(string Folder, CommandResult Build, Dictionary<string, (byte[] Content, DateTime Written)> Artifacts);

[CollectionDefinition(Name)]
public sealed class PackedCollection : ICollectionFixture<PackedPolicyKit>
{
    public const string Name = "packed PolicyKit";
}
