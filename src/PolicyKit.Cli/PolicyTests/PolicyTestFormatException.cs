using System;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.PolicyTests;

/// <summary>A test file that is not one (schemas/policy-tests.v1.schema.json), at the place it goes wrong.</summary>
internal sealed class PolicyTestFormatException(SourceLocation at, string message) : Exception(message)
{
    public SourceLocation At { get; } = at;
}
