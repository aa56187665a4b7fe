namespace PolicyKit.CodeFixes.Tests;

/// <summary>Policy sources as users write them (a documented [AuditPolicy] class), around the statements of Define.</summary>
internal static class Policies
{
    /// <summary>A full policy class whose Define holds <paramref name="body"/> (written unindented; indented here, blank lines kept empty).</summary>
    public static string Policy(string body) => $$"""
        using PolicyKit;
        using static PolicyKit.Api;

        namespace Contoso.Audit;

        /// <summary>The production clusters' audit policy. Rules are tried in order; the first match decides.</summary>
        [AuditPolicy("production")]
        public static partial class ProductionPolicy
        {
            static void Define(PolicyBuilder policy)
            {
        {{Indent(body, "        ")}}
            }
        }
        """;

    public static string Indent(string text, string indentation)
        => string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? line : indentation + line));
}
