using System.CommandLine;
using System.CommandLine.Parsing;

namespace PolicyKit.Cli.Commands;

/// <summary>Options shared by several commands, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<KubernetesVersion> KubernetesVersionOption() => new("--kubernetes-version")
    {
        Description = $"The apiserver version whose semantics apply (e.g. 1.33). Default: {KubernetesVersion.Latest}, the newest PolicyKit knows.",
        HelpName = "VERSION",
        DefaultValueFactory = _ => KubernetesVersion.Latest,
        CustomParser = ParseVersion,
    };

    /// <summary>A version option without a default, for one side of a comparison (absent: use --kubernetes-version).</summary>
    public static Option<KubernetesVersion> VersionOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "VERSION",
        CustomParser = ParseVersion,
    };

    public static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format", "-o")
        {
            Description = "Output format: " + string.Join(", ", formats) + ".",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static KubernetesVersion ParseVersion(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (!KubernetesVersion.TryParse(text, out var version))
        {
            result.AddError($"'{text}' is not a Kubernetes version; write it as 1.33");
            return default;
        }
        if (version < KubernetesVersion.Oldest || version > KubernetesVersion.Latest)
        {
            result.AddError($"Kubernetes {version} is outside the versions PolicyKit knows ({KubernetesVersion.Oldest} to {KubernetesVersion.Latest})");
        }
        return version;
    }
}
