using System.Linq;

namespace PolicyKit.Diff;

/// <summary>
/// The diff as JSON, the shape schemas/policy-diff.v1.schema.json documents: both sides, then one entry per region
/// with its outcomes, deciding rules, witness request and parts. Requests have the shape every command prints.
/// </summary>
public static class DiffJsonWriter
{
    public const string SchemaId = "https://raw.githubusercontent.com/policykit/policykit/main/schemas/policy-diff.v1.schema.json";

    public static string Write(PolicyDiffReport report)
    {
        var json = new JsonText().StartObject();
        json.String("$schema", SchemaId);
        Side(json, "old", report.Old, report.Result.Versions.Old);
        Side(json, "new", report.New, report.Result.Versions.New);
        json.Bool("changed", report.Result.HasChanges);
        json.StartArray("regions");
        foreach (var region in report.Result.Regions)
        {
            json.StartObject();
            Outcome(json, "old", region.Old);
            Outcome(json, "new", region.New);
            Rules(json, "oldRules", report.Old, region.OldRules.ToArray());
            Rules(json, "newRules", report.New, region.NewRules.ToArray());
            Request(json, "witness", region.Witness);
            json.StartArray("parts");
            foreach (var part in region.Parts)
            {
                json.StartObject();
                Rule(json, "oldRule", report.Old, part.OldRule);
                Rule(json, "newRule", report.New, part.NewRule);
                Request(json, "witness", part.Witness);
                json.StartArray("requests");
                foreach (var piece in part.Pieces)
                {
                    json.String(null, piece);
                }
                json.EndArray();
                json.EndObject();
            }
            json.EndArray();
            json.EndObject();
        }
        json.EndArray();
        return json.EndObject().ToString();
    }

    private static void Side(JsonText json, string name, DiffSide side, KubernetesVersion version)
        => json.StartObject(name)
            .String("name", side.Name)
            .String("kubernetesVersion", version.ToString())
            .Number("rules", side.Policy.Rules.Count)
            .EndObject();

    private static void Outcome(JsonText json, string name, DiffOutcome outcome)
    {
        json.StartObject(name).String("level", outcome.Level.ToName()).StartArray("omitStages");
        foreach (var stage in outcome.OmitStages.Enumerate())
        {
            json.String(null, stage.ToName());
        }
        json.EndArray().Bool("omitManagedFields", outcome.OmitManagedFields).EndObject();
    }

    private static void Rules(JsonText json, string name, DiffSide side, int[] rules)
    {
        json.StartArray(name);
        foreach (var rule in rules)
        {
            Rule(json, null, side, rule);
        }
        json.EndArray();
    }

    /// <summary>A rule as index, name and level; null for "no rule matched".</summary>
    private static void Rule(JsonText json, string? name, DiffSide side, int rule)
    {
        if (rule < 0)
        {
            json.Null(name);
            return;
        }
        var r = side.Policy.Rules[rule];
        json.StartObject(name).Number("index", rule).String("name", r.Name).String("level", r.Level.ToName()).EndObject();
    }

    private static void Request(JsonText json, string name, AuditRequest r)
    {
        json.StartObject(name);
        if (r.HasUser)
        {
            json.StartObject("user").String("name", r.User).StartArray("groups");
            foreach (var group in r.Groups)
            {
                json.String(null, group);
            }
            json.EndArray().EndObject();
        }
        else
        {
            json.Null("user");
        }
        json.String("verb", r.Verb).Bool("resourceRequest", r.IsResourceRequest).String("namespace", r.Namespace)
            .String("apiGroup", r.ApiGroup).String("resource", r.Resource).String("subresource", r.Subresource)
            .String("name", r.Name).String("path", r.Path).EndObject();
    }
}
