using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Import;

/// <summary>What to call the imported policy class.</summary>
internal sealed record ImportOptions(string ClassName, string? Namespace, string PolicyName, string? SourceName);

/// <summary>The imported code and what the DSL could not keep exactly as written (none of it changes a decision).</summary>
internal sealed record ImportResult(string Code, IReadOnlyList<string> Notes);

/// <summary>
/// Writes a policy as idiomatic DSL code: catalog members where the catalog has them,
/// Resource.Custom otherwise, well-known constants, YAML comments carried over. The generated YAML of
/// the result decides exactly like the input on every request.
/// </summary>
internal static class PolicyCSharpWriter
{
    public static ImportResult Write(Policy policy, ImportOptions options, IReadOnlyList<YamlComment>? comments = null, Func<int, (int First, int Last)>? ruleLines = null, int rulesKeyLine = 0)
    {
        var notes = new List<string>();
        var names = new DslNames(options);
        var c = new StringBuilder();
        c.Append("// Imported by `policykit import`").Append(options.SourceName is null ? "" : " from " + PolicyKit.Text.QuotedString.SingleLine(options.SourceName)).Append(".\n");
        var placed = CommentPlacement.Place(comments ?? Array.Empty<YamlComment>(), policy.Rules.Count, ruleLines, rulesKeyLine);
        foreach (var line in placed.Header)
        {
            c.Append("// ").Append(PolicyKit.Text.QuotedString.SingleLine(line)).Append('\n');
        }
        c.Append("using PolicyKit;\nusing static PolicyKit.Api;\n\n");
        if (options.Namespace is not null)
        {
            c.Append("namespace ").Append(options.Namespace).Append(";\n\n");
        }
        var min = policy.Rules.Any(r => r.Resources.Any(g => g.Group == "*")) ? KubernetesVersion.GroupWildcard : KubernetesVersion.Oldest;
        c.Append('[').Append(names.Dsl("AuditPolicy")).Append('(').Append(CSharpNames.Literal(options.PolicyName)).Append(", MinKubernetesVersion = \"").Append(min).Append("\")]\n");
        c.Append("public static partial class ").Append(options.ClassName).Append("\n{\n");
        c.Append("    static void Define(").Append(names.Dsl("PolicyBuilder")).Append(" policy)\n    {\n");
        var first = true;
        if (policy.OmitStages != Stages.None)
        {
            c.Append("        policy.OmitStages(").Append(StageList(policy.OmitStages, names)).Append(");\n");
            first = false;
        }
        if (policy.OmitManagedFields)
        {
            c.Append("        policy.OmitManagedFields();\n");
            first = false;
        }
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            if (!first)
            {
                c.Append('\n');
            }
            first = false;
            foreach (var line in placed.ForRule(i))
            {
                c.Append("        // ").Append(PolicyKit.Text.QuotedString.SingleLine(line)).Append('\n');
            }
            WriteRule(c, policy.Rules[i], i, notes, names);
        }
        foreach (var line in placed.Trailer)
        {
            c.Append("\n        // ").Append(PolicyKit.Text.QuotedString.SingleLine(line));
        }
        if (placed.Trailer.Count > 0)
        {
            c.Append('\n');
        }
        c.Append("    }\n}\n");
        return new ImportResult(c.ToString(), notes);
    }

    private static void WriteRule(StringBuilder c, PolicyRule rule, int index, List<string> notes, DslNames names)
    {
        c.Append("        policy.Rule(").Append(names.Dsl("Level")).Append('.').Append(rule.Level.ToName());
        if (rule.Name is not null)
        {
            c.Append(", ").Append(CSharpNames.Literal(rule.Name));
        }
        c.Append(')');
        Call(c, "Users", rule.Users.Select(u => names.Dsl(CSharpNames.User(u))));
        Call(c, "UserGroups", rule.UserGroups.Select(g => names.Dsl(CSharpNames.Group(g))));
        WriteVerbs(c, rule.Verbs, names);
        if (!rule.Resources.IsEmpty)
        {
            Call(c, "Resources", Resources(rule.Resources, index, notes, names));
        }
        Call(c, "Namespaces", rule.Namespaces.Select(n => names.Dsl(CSharpNames.Namespace(n))));
        Call(c, "NonResourceUrls", rule.NonResourceUrls.Select(CSharpNames.Literal));
        if (rule.OmitStages != Stages.None)
        {
            Call(c, "OmitStages", new[] { StageList(rule.OmitStages, names) });
        }
        if (rule.OmitManagedFields is { } omf)
        {
            c.Append("\n            .OmitManagedFields(").Append(omf ? "" : "false").Append(')');
        }
        c.Append(";\n");
    }

    /// <summary>Verbs in order: runs of typed verbs as Verb members, others as strings (the list order is kept).</summary>
    private static void WriteVerbs(StringBuilder c, EquatableArray<string> verbs, DslNames names)
    {
        var i = 0;
        while (i < verbs.Count)
        {
            var typed = CSharpNames.Verb(verbs[i]) is not null;
            var run = new List<string>();
            while (i < verbs.Count && (CSharpNames.Verb(verbs[i]) is not null) == typed)
            {
                run.Add(typed ? names.Dsl(CSharpNames.Verb(verbs[i])!) : CSharpNames.Literal(verbs[i]));
                i++;
            }
            Call(c, "Verbs", run);
        }
    }

    private static IEnumerable<string> Resources(EquatableArray<GroupResources> entries, int rule, List<string> notes, DslNames names)
    {
        var refs = new List<string>();
        var selections = new List<ResourceSelection>();
        foreach (var entry in entries)
        {
            if (entry.Resources.IsEmpty)
            {
                // Without resources the apiserver ignores resourceNames (and refuses them at validation).
                refs.Add(CatalogIndex.Find(entry.Group, "") is { } all ? names.Catalog(all.Path) : $"{names.Dsl("Resource")}.Custom({CSharpNames.Literal(entry.Group)})");
                selections.Add(new ResourceSelection(entry.Group, "", default, WholeGroup: true));
                continue;
            }
            var named = entry.ResourceNames.IsEmpty ? "" : ".Named(" + string.Join(", ", entry.ResourceNames.Select(CSharpNames.Literal)) + ")";
            foreach (var pattern in entry.Resources)
            {
                var member = pattern.Length == 0 ? null : CatalogIndex.Find(entry.Group, pattern);
                refs.Add((member is null ? $"{names.Dsl("Resource")}.Custom({CSharpNames.Literal(entry.Group)}, {CSharpNames.Literal(pattern)})" : names.Catalog(member.Path)) + named);
                selections.Add(new ResourceSelection(entry.Group, pattern, entry.ResourceNames));
            }
        }
        // The DSL folds selections of one group and names into one entry and drops repeats: same requests, other shape.
        if (!GroupResourcesFolding.Fold(selections).Equals(entries))
        {
            notes.Add($"rule {rule}: its resources entries are regrouped (repeated groups or patterns merged); the same requests match");
        }
        return refs;
    }

    private static string StageList(Stages stages, DslNames names) => string.Join(", ", stages.Enumerate().Select(s => names.Dsl("Stage") + "." + s.ToName()));


    private static void Call(StringBuilder c, string method, IEnumerable<string> args)
    {
        var list = args.ToList();
        if (list.Count == 0)
        {
            return;
        }
        var joined = string.Join(", ", list);
        c.Append("\n            .").Append(method).Append('(');
        if (joined.Length <= 90)
        {
            c.Append(joined);
        }
        else
        {
            c.Append("\n                ").Append(string.Join(",\n                ", list));
        }
        c.Append(')');
    }
}
