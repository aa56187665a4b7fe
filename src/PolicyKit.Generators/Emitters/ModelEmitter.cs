using System.Linq;

namespace PolicyKit.Generators.Emitters;

/// <summary>Emits a C# expression that constructs a Core policy model equal to the parsed one.</summary>
internal static class ModelEmitter
{
    public static void WritePolicy(SourceWriter w, Policy policy)
    {
        w.Line("new global::PolicyKit.Policy(new global::PolicyKit.PolicyRule[]");
        w.Line("{");
        foreach (var rule in policy.Rules)
        {
            w.Line("    new global::PolicyKit.PolicyRule(global::PolicyKit.Level." + rule.Level.ToName() + ", " + CSharpLiterals.String(rule.Name) + ",");
            w.Line("        " + CSharpLiterals.StringArray(rule.Users) + ", " + CSharpLiterals.StringArray(rule.UserGroups) + ", " + CSharpLiterals.StringArray(rule.Verbs) + ",");
            w.Line("        " + Resources(rule.Resources) + ",");
            w.Line("        " + CSharpLiterals.StringArray(rule.Namespaces) + ", " + CSharpLiterals.StringArray(rule.NonResourceUrls) + ",");
            w.Line("        " + CSharpLiterals.Stages(rule.OmitStages) + ", " + (rule.OmitManagedFields is { } b ? "(bool?)" + CSharpLiterals.Bool(b) : "(bool?)null") + "),");
        }
        w.Line("}, " + CSharpLiterals.Stages(policy.OmitStages) + ", " + CSharpLiterals.Bool(policy.OmitManagedFields) + ", null)");
    }

    private static string Resources(EquatableArray<GroupResources> resources)
        => resources.IsEmpty
            ? "default(global::PolicyKit.EquatableArray<global::PolicyKit.GroupResources>)"
            : "new global::PolicyKit.GroupResources[] { " + string.Join(", ", resources.Select(g =>
                "new global::PolicyKit.GroupResources(" + CSharpLiterals.String(g.Group) + ", " + CSharpLiterals.StringArray(g.Resources) + ", " + CSharpLiterals.StringArray(g.ResourceNames) + ")")) + " }";
}
