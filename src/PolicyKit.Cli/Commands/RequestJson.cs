using System.Text.Json;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// A request in JSON, as every command prints one: <c>{"user": {"name", "groups"} | null, "verb",
/// "resourceRequest", "namespace", "apiGroup", "resource", "subresource", "name", "path"}</c>.
/// </summary>
internal static class RequestJson
{
    public static void Write(Utf8JsonWriter json, string property, AuditRequest? request)
    {
        if (request is not { } r)
        {
            json.WriteNull(property);
            return;
        }
        json.WriteStartObject(property);
        if (r.HasUser)
        {
            json.WriteStartObject("user");
            json.WriteString("name", r.User);
            json.WriteStartArray("groups");
            foreach (var group in r.Groups)
            {
                json.WriteStringValue(group);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("user");
        }
        json.WriteString("verb", r.Verb);
        json.WriteBoolean("resourceRequest", r.IsResourceRequest);
        json.WriteString("namespace", r.Namespace);
        json.WriteString("apiGroup", r.ApiGroup);
        json.WriteString("resource", r.Resource);
        json.WriteString("subresource", r.Subresource);
        json.WriteString("name", r.Name);
        json.WriteString("path", r.Path);
        json.WriteEndObject();
    }
}
