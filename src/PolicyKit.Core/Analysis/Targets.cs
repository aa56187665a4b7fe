using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Analysis;

/// <summary>Named sets of requests that the checks ask about: requests on one resource, with some verbs.</summary>
internal sealed record Target(string Label, RequestCube Cube)
{
    public static readonly string[] WriteVerbs = { "create", "update", "patch", "delete", "deletecollection" };
    public static readonly string[] AllVerbs = KnownVerbs.Resource;

    /// <summary>Requests on <c>group/resource[/subresource]</c> with these verbs (null: any verb); subresource null means the bare resource.</summary>
    public static Target On(string group, string resource, string? subresource, IEnumerable<string>? verbs, string? label = null)
    {
        var cube = RequestCube.All(true).With(
            verb: verbs is null ? StringSet.Any : StringSet.Of(verbs),
            group: StringSet.Of(group),
            resource: StringSet.Of(resource),
            subresource: StringSet.Of(subresource ?? ""));
        var what = (group.Length == 0 ? "" : group + "/") + resource + (subresource is null ? "" : "/" + subresource);
        return new Target(label ?? (verbs is null ? what : string.Join("/", verbs) + " " + what), cube);
    }
}
