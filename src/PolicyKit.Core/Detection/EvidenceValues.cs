using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PolicyKit.Detection;

/// <summary>How evidence shows values and reasons, and which values it never shows.</summary>
internal static class EvidenceValues
{
    /// <summary>What stands for a value evidence must not repeat (a Secret's or ConfigMap's data).</summary>
    public const string NotShown = "(value not shown)";

    /// <summary>The fields an alert shows anyway: evidence repeats them only for a rule that reads nothing else.</summary>
    public static bool IsHeader(EventField field) => field is EventField.Verb or EventField.Stage or EventField.Level or EventField.Username
        or EventField.Resource or EventField.Subresource or EventField.Namespace or EventField.Name or EventField.ApiGroup or EventField.ResponseCode;

    /// <summary>
    /// Whether a body path holds data whose values are secret: a Secret's data and stringData, a ConfigMap's data and
    /// binaryData (credentials live there too; their key names are shown, never values), and the last-applied
    /// annotation, which repeats the whole object, data included.
    /// </summary>
    public static bool IsSecretPath(string path)
    {
        foreach (var root in Roots)
        {
            if (path.StartsWith(root, System.StringComparison.Ordinal))
            {
                var rest = path.Substring(root.Length);
                if (DataFields.Any(d => rest == d || rest.StartsWith(d + ".", System.StringComparison.Ordinal) || rest.StartsWith(d + "[", System.StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }
        return path.Contains("kubectl.kubernetes.io/last-applied-configuration");
    }

    private static readonly string[] Roots = ["requestObject", "responseObject"];
    private static readonly string[] DataFields = [".data", ".stringData", ".binaryData"];

    /// <summary>A value as text: strings as they are, booleans and numbers as JSON writes them, lists joined.</summary>
    public static string Text(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        long n => n.ToString(CultureInfo.InvariantCulture),
        IReadOnlyList<string> list => string.Join(", ", list),
        IBodyNode node => node.String ?? (node.Kind == BodyNodeKind.True ? "true" : node.Kind.ToString().ToLowerInvariant()),
        _ => value.ToString() ?? "",
    };

    /// <summary>Why a test that held counts: "under /var/run", "in allow-list admin-roles", "== 0".</summary>
    public static string Reason(DetectionCondition atom) => atom switch
    {
        TruthCondition t => t.Value is BodyValue b && b.Steps.Count > 0 && b.Steps[b.Steps.Count - 1] == BodyPaths.Present ? "is set" : "is true",
        CompareCondition c => Compare(c),
        TextCondition t => t.Op switch
        {
            TextOp.StartsWith => $"starts with \"{t.Argument}\"",
            TextOp.EndsWith => $"ends with \"{t.Argument}\"",
            TextOp.Contains => $"contains \"{t.Argument}\"",
            TextOp.Glob => $"matches \"{t.Argument}\"",
            TextOp.Under => "under " + t.Argument,
            _ => "is the path " + t.Argument,
        },
        InListCondition l => l.ListName.Length > 0 ? "in allow-list " + l.ListName : "one of " + string.Join(", ", l.Values),
        _ => "held",
    };

    private static string Compare(CompareCondition c)
    {
        var constant = c.Right as ConstValue ?? c.Left as ConstValue;
        var shown = constant is null ? "the other value" : constant.ConstKind == ValueKind.String ? $"\"{constant.Text}\"" : constant.Text ?? "null";
        var op = c.Op switch
        {
            CompareOp.Equal => "==",
            CompareOp.NotEqual => "!=",
            CompareOp.Less => "<",
            CompareOp.LessOrEqual => "<=",
            CompareOp.Greater => ">",
            _ => ">=",
        };
        return constant is { ConstKind: ValueKind.Bool } && c.Op == CompareOp.Equal ? "is " + shown : op + " " + shown;
    }

    /// <summary>
    /// The fields that say which item matched: a container's name and image, a volume's name, a role rule's
    /// apiGroups, resources and verbs, a subject's kind, namespace and name, a webhook's name.
    /// </summary>
    public static string Summary(IBodyNode item)
    {
        var parts = new List<string>();
        foreach (var field in SummaryFields)
        {
            var node = item.Property(field);
            if (node?.String is { } s)
            {
                parts.Add($"{field}={s}");
            }
            else if (node?.Kind == BodyNodeKind.Array)
            {
                parts.Add($"{field}=[{string.Join(",", BodyPaths.Items(node).Select(x => x.String ?? ""))}]");
            }
        }
        return string.Join(" ", parts);
    }

    private static readonly string[] SummaryFields = ["kind", "namespace", "name", "image", "apiGroups", "resources", "verbs"];
}
