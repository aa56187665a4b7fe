using System.Collections.Generic;
using System.Text;

namespace PolicyKit.Yaml;

/// <summary>Options for <see cref="PolicyYamlWriter"/>.</summary>
public sealed record PolicyYamlOptions
{
    /// <summary>The schema named in the yaml-language-server header; null writes no header.</summary>
    public string? SchemaUrl { get; init; } = PolicyYamlWriter.DefaultSchemaUrl;

    /// <summary>Write each named rule's name as a comment above it.</summary>
    public bool RuleNameComments { get; init; } = true;

    /// <summary>Comment lines written after the schema header (without the leading '#').</summary>
    public IReadOnlyList<string> HeaderComments { get; init; } = System.Array.Empty<string>();

    /// <summary>Comment lines written above rule i (after its name comment), e.g. a formatted file's own comments.</summary>
    public System.Func<int, IReadOnlyList<string>>? RuleComments { get; init; }

    /// <summary>Comment lines written after the last rule.</summary>
    public IReadOnlyList<string> TrailerComments { get; init; } = System.Array.Empty<string>();
}

/// <summary>
/// The canonical YAML form of a policy: deterministic (same model, same bytes), LF line endings,
/// block style, fields in upstream's order, quoting exactly where YAML needs it.
/// </summary>
public static class PolicyYamlWriter
{
    public const string DefaultSchemaUrl = "https://raw.githubusercontent.com/policykit/policykit/main/schemas/audit-policy.v1.schema.json";

    public static string Write(Policy policy, PolicyYamlOptions? options = null)
    {
        options ??= new PolicyYamlOptions();
        var w = new StringBuilder();
        if (options.SchemaUrl is not null)
        {
            w.Append("# yaml-language-server: $schema=").Append(options.SchemaUrl).Append('\n');
        }
        foreach (var line in options.HeaderComments)
        {
            Comment(w, "", line);
        }
        w.Append("apiVersion: ").Append(Policy.ApiVersion).Append('\n');
        w.Append("kind: ").Append(Policy.Kind).Append('\n');
        if (policy.Name is not null)
        {
            w.Append("metadata:\n  name: ").Append(YamlScalar.Format(policy.Name)).Append('\n');
        }
        Stages(w, "", "omitStages", policy.OmitStages);
        if (policy.OmitManagedFields)
        {
            w.Append("omitManagedFields: true\n");
        }
        w.Append(policy.Rules.IsEmpty ? "rules: []\n" : "rules:\n");
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            var rule = policy.Rules[i];
            if (options.RuleNameComments && !string.IsNullOrEmpty(rule.Name))
            {
                w.Append("  # ").Append(Text.QuotedString.SingleLine(rule.Name!)).Append('\n');
            }
            foreach (var line in options.RuleComments?.Invoke(i) ?? System.Array.Empty<string>())
            {
                Comment(w, "  ", line);
            }
            w.Append("  - level: ").Append(rule.Level.ToName()).Append('\n');
            const string indent = "    ";
            List(w, indent, "users", rule.Users);
            List(w, indent, "userGroups", rule.UserGroups);
            List(w, indent, "verbs", rule.Verbs);
            if (!rule.Resources.IsEmpty)
            {
                w.Append(indent).Append("resources:\n");
                foreach (var gr in rule.Resources)
                {
                    w.Append(indent).Append("  - group: ").Append(YamlScalar.Format(gr.Group)).Append('\n');
                    List(w, indent + "    ", "resources", gr.Resources);
                    List(w, indent + "    ", "resourceNames", gr.ResourceNames);
                }
            }
            List(w, indent, "namespaces", rule.Namespaces);
            List(w, indent, "nonResourceURLs", rule.NonResourceUrls);
            Stages(w, indent, "omitStages", rule.OmitStages);
            if (rule.OmitManagedFields is { } omf)
            {
                w.Append(indent).Append("omitManagedFields: ").Append(omf ? "true" : "false").Append('\n');
            }
        }
        foreach (var line in options.TrailerComments)
        {
            Comment(w, "", line);
        }
        return w.ToString();
    }

    /// <summary>A comment line: "# text" ("#" alone for an empty line), on one line whatever the text holds.</summary>
    private static void Comment(StringBuilder w, string indent, string line)
        => w.Append(indent).Append('#').Append(line.Length > 0 ? " " : "").Append(Text.QuotedString.SingleLine(line)).Append('\n');

    private static void List(StringBuilder w, string indent, string key, EquatableArray<string> items)
    {
        if (items.IsEmpty)
        {
            return;
        }
        w.Append(indent).Append(key).Append(":\n");
        foreach (var item in items)
        {
            w.Append(indent).Append("  - ").Append(YamlScalar.Format(item)).Append('\n');
        }
    }

    private static void Stages(StringBuilder w, string indent, string key, Stages stages)
    {
        if (stages == PolicyKit.Stages.None)
        {
            return;
        }
        w.Append(indent).Append(key).Append(":\n");
        foreach (var stage in stages.Enumerate())
        {
            w.Append(indent).Append("  - ").Append(stage.ToName()).Append('\n');
        }
    }

}
