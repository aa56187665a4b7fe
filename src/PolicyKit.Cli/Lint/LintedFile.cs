using System.Collections.Generic;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Lint;

/// <summary>A policy file as lint read it, with its findings (suppressed ones included, marked).</summary>
internal sealed record LintedFile(string Name, PolicyDocument Document, IReadOnlyList<LintedFinding> Findings);
