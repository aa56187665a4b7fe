using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyKit.Tests;

/// <summary>
/// Random audit events over a vocabulary the built-in rules care about (so generated events hit rules
/// often), with bodies of every kind the rules read, odd JSON types, keys in any order, escapes, and
/// EventList wrapping.
/// </summary>
internal static class RandomEvents
{
    private static readonly string[] Verbs = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"];
    private static readonly string[] Resources = ["pods", "deployments", "daemonsets", "cronjobs", "jobs", "replicasets", "secrets", "configmaps", "services",
        "ingresses", "clusterroles", "roles", "clusterrolebindings", "rolebindings", "namespaces", "events", "nodes", "serviceaccounts",
        "certificatesigningrequests", "selfsubjectrulesreviews", "validatingwebhookconfigurations", "mutatingwebhookconfigurations", "leases"];
    private static readonly string[] Subresources = ["", "", "", "exec", "attach", "portforward", "proxy", "ephemeralcontainers", "token", "approval", "status", "log"];
    private static readonly string[] Users = ["alice", "system:anonymous", "system:node:n1", "system:serviceaccount:kube-system:job", "system:serviceaccount:shop:web",
        "system:kube-controller-manager", "system:apiserver", "system:bootstrap:abc", "", "Alice", "system:admin"];
    private static readonly string[] Groups = ["system:masters", "system:unauthenticated", "system:authenticated", "system:bootstrappers", "dev"];
    private static readonly string[] Namespaces = ["", "kube-system", "kube-public", "shop", "default"];
    private static readonly string[] Names = ["", "aws-auth", "coredns", "system:discovery", "web", "foo-controller", "default"];
    private static readonly string[] Stages = ["ResponseComplete", "ResponseComplete", "ResponseStarted", "RequestReceived", "Panic", "Odd"];
    private static readonly string[] Agents = ["kubectl/v1.30", "curl/8.0", "python-requests/2.31", "Go-http-client/1.1", "kubelet/v1.30", ""];
    private static readonly string[] Commands = ["sh", "/bin/bash", "ls", "curl x", "cat /var/run/secrets/kubernetes.io/serviceaccount/token", "169.254.169.254", "a+b", "%2Fbin%2Fsh", "date"];
    private static readonly string[] Paths = ["/", "/proc", "/proc/1", "/etc", "/etcd", "/var/run/docker.sock", "/data", "/var/lib/kubelet/pods", "", "/etc/"];
    private static readonly string[] Caps = ["SYS_ADMIN", "NET_BIND_SERVICE", "ALL", "CAP_BPF", "chown"];
    private static readonly string[] Uris = ["/healthz", "/livez", "/readyz?verbose", "/version", "/metrics", "/api/v1/secrets", "/apis"];

    public static string Event(int seed)
    {
        var r = new Random(seed);
        var e = EventObject(r);
        if (r.Next(8) == 0)
        {
            e = new JsonObject { ["kind"] = "EventList", ["apiVersion"] = "audit.k8s.io/v1", ["items"] = new JsonArray(e, EventObject(r)) };
        }
        var json = e.ToJsonString();
        // Other encoders: escape '/' and some letters (the prefilter must notice), or write keys in another order.
        if (r.Next(6) == 0)
        {
            json = json.Replace("/", "\\/");
        }
        if (r.Next(6) == 0)
        {
            json = json.Replace("system:", "sy\\u0073tem:").Replace("pods", "pod\\u0073");
        }
        return json;
    }

    private static JsonObject EventObject(Random r)
    {
        T Pick<T>(T[] a) => a[r.Next(a.Length)];
        var resource = Pick(Resources);
        var sub = Pick(Subresources);
        var ns = Pick(Namespaces);
        var name = Pick(Names);
        var uri = r.Next(4) == 0 ? Pick(Uris) : $"/api/v1/namespaces/{ns}/{resource}/{name}/{sub}?" + string.Join("&", Enumerable.Range(0, r.Next(3)).Select(_ => "command=" + Uri.EscapeDataString(Pick(Commands))));
        var props = new List<KeyValuePair<string, JsonNode?>>
        {
            new("kind", "Event"),
            new("apiVersion", r.Next(3) == 0 ? "audit.k8s.io/v1beta1" : "audit.k8s.io/v1"),
            new("auditID", Guid.NewGuid().ToString()),
            new("stage", Pick(Stages)),
            new("verb", Pick(Verbs)),
            new("requestURI", uri),
            new("user", new JsonObject { ["username"] = Pick(Users), ["groups"] = new JsonArray(Enumerable.Range(0, r.Next(3)).Select(_ => (JsonNode?)Pick(Groups)).ToArray()) }),
            new("sourceIPs", new JsonArray("10.0.0.1")),
            new("userAgent", Pick(Agents)),
            new("annotations", new JsonObject { ["authorization.k8s.io/decision"] = r.Next(2) == 0 ? "allow" : "forbid" }),
        };
        if (r.Next(4) == 0)
        {
            props.Add(new("impersonatedUser", new JsonObject { ["username"] = Pick(Users), ["groups"] = new JsonArray(Enumerable.Range(0, r.Next(3)).Select(_ => (JsonNode?)Pick(Groups)).ToArray()) }));
        }
        if (r.Next(5) != 0)
        {
            var o = new JsonObject { ["resource"] = resource };
            if (sub.Length > 0)
            {
                o["subresource"] = sub;
            }
            if (ns.Length > 0)
            {
                o["namespace"] = ns;
            }
            if (name.Length > 0)
            {
                o["name"] = name;
            }
            props.Add(new("objectRef", o));
        }
        if (r.Next(4) != 0)
        {
            props.Add(new("responseStatus", new JsonObject { ["code"] = r.Next(3) switch { 0 => 403, 1 => 201, _ => 200 } }));
        }
        if (r.Next(2) == 0)
        {
            props.Add(new("requestObject", Body(r, resource)));
        }
        if (r.Next(3) == 0)
        {
            props.Add(new("responseObject", Body(r, resource)));
        }
        if (r.Next(3) == 0)
        {
            props.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        }
        return new JsonObject(props);
    }

    private static JsonNode Body(Random r, string resource)
    {
        T Pick<T>(T[] a) => a[r.Next(a.Length)];
        JsonNode? Odd(JsonNode? good) => r.Next(6) switch { 0 => null, 1 => "true", 2 => JsonValue.Create(0), _ => good };
        JsonNode Container() => new JsonObject
        {
            ["name"] = "c",
            ["securityContext"] = new JsonObject
            {
                ["privileged"] = Odd(r.Next(2) == 0),
                ["allowPrivilegeEscalation"] = Odd(r.Next(2) == 0),
                ["runAsUser"] = r.Next(3) switch { 0 => 0, 1 => 1000, _ => "0" },
                ["capabilities"] = new JsonObject { ["add"] = new JsonArray(Enumerable.Range(0, r.Next(3)).Select(_ => (JsonNode?)Pick(Caps)).ToArray()) },
            },
        };
        JsonArray Containers() => new(Enumerable.Range(0, r.Next(3)).Select(_ => (JsonNode?)Container()).ToArray());
        var spec = new JsonObject
        {
            ["hostPID"] = Odd(r.Next(2) == 0),
            ["hostNetwork"] = Odd(r.Next(3) == 0),
            ["securityContext"] = new JsonObject { ["runAsUser"] = r.Next(3) == 0 ? 0 : 1 },
            ["containers"] = Containers(),
            ["initContainers"] = Containers(),
            ["ephemeralContainers"] = r.Next(2) == 0 ? Containers() : "none",
            ["volumes"] = new JsonArray(Enumerable.Range(0, r.Next(3)).Select(_ => (JsonNode?)new JsonObject { ["hostPath"] = new JsonObject { ["path"] = Pick(Paths) } }).ToArray()),
        };
        var kind = r.Next(4) == 0 ? null : resource switch { "pods" => "Pod", "cronjobs" => "CronJob", "deployments" => "Deployment", _ => "Other" };
        var body = new JsonObject();
        if (kind is not null)
        {
            body["kind"] = kind;
        }
        switch (r.Next(3))
        {
            case 0:
                body["spec"] = kind == "Pod" || (kind is null && resource == "pods") ? spec
                    : kind == "CronJob" || (kind is null && resource == "cronjobs") ? new JsonObject { ["jobTemplate"] = new JsonObject { ["spec"] = new JsonObject { ["template"] = new JsonObject { ["spec"] = spec } } } }
                    : new JsonObject { ["template"] = new JsonObject { ["spec"] = spec }, ["type"] = r.Next(2) == 0 ? "NodePort" : "ClusterIP", ["externalIPs"] = new JsonArray(), ["tls"] = r.Next(2) == 0 ? new JsonArray() : new JsonArray(new JsonObject()) };
                break;
            case 1:
                body["rules"] = new JsonArray(Enumerable.Range(0, r.Next(3)).Select(_ => (JsonNode?)new JsonObject
                {
                    ["verbs"] = new JsonArray(Enumerable.Range(0, r.Next(3)).Select(_ => (JsonNode?)Pick(["*", "get", "escalate", "list"])).ToArray()),
                    ["resources"] = new JsonArray(Enumerable.Range(0, r.Next(3)).Select(_ => (JsonNode?)Pick(["*", "secrets", "pods/exec", "configmaps"])).ToArray()),
                }).ToArray());
                break;
            default:
                body["roleRef"] = new JsonObject { ["name"] = Pick(["cluster-admin", "view", "edit"]) };
                body["subjects"] = new JsonArray(new JsonObject { ["kind"] = Pick(["Group", "User"]), ["name"] = Pick(Groups) });
                break;
        }
        return body;
    }

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}
