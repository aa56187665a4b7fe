using System.Collections.Generic;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.PolicyTests;

/// <summary>A test file of <c>policykit test</c> (schemas/policy-tests.v1.schema.json): its policy and its cases.</summary>
internal sealed record PolicyTestFile(string Path, string? Policy, SourceLocation PolicyAt, IReadOnlyList<PolicyTestCase> Cases);

/// <summary>One case: a request and what the policy must decide for it, at the case's place in its file.</summary>
internal sealed record PolicyTestCase(string Name, SourceLocation At, AuditRequest Request, PolicyExpectation Expect);

/// <summary>
/// The decision a case expects. Level is required; the rest is checked only when given. <see cref="RuleIndex"/>
/// −1 with <see cref="RuleGiven"/> expects no rule to match (the implicit None).
/// </summary>
internal sealed record PolicyExpectation(Level Level, Stages? OmitStages, bool? OmitManagedFields, bool RuleGiven, int? RuleIndex, string? RuleName);
