using PolicyKit.Validation;

namespace PolicyKit.Diagnostics;

/// <summary>
/// What every output says about one diagnostic id: the analyzers' descriptors, <c>policykit lint</c>'s text,
/// JSON and SARIF, the MSBuild task and docs/rules/&lt;id&gt;.md (whose title is <see cref="Title"/>).
/// </summary>
public sealed record DiagnosticInfo(string Id, string Title, string Category, Severity DefaultSeverity)
{
    /// <summary>The message format of the analyzers' descriptors: the finding's own message.</summary>
    public string MessageFormat { get; init; } = "{0}";

    public string HelpLink => DiagnosticIds.HelpLink(Id);
}
