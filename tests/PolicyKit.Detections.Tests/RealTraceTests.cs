using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;

namespace PolicyKit.Tests;

/// <summary>
/// The pack on traffic nobody on the team wrote: Falco's attack traces raise what they should, and a
/// real cluster's benign Metadata-level log (immudb) stays quiet.
/// </summary>
public class RealTraceTests
{
    /// <summary>Every Falco trace and the alerts it must raise (exactly); the quiet ones say why.</summary>
    public static TheoryData<string, string[]> FalcoTraces() => new()
    {
        { "anonymous_creates_namespace_foo.json", ["anonymous-allowed"] },
        { "attach_cluster_admin_role.json", ["binding-to-admin"] },
        { "attach_pod.json", ["pod-exec"] },
        { "create_cluster_role_pod_exec.json", ["overbroad-role"] },
        { "create_cluster_role_wildcard_resources.json", ["overbroad-role"] },
        { "create_cluster_role_wildcard_verbs.json", ["overbroad-role"] },
        // delete on non-resource URLs: a write privilege, but neither a wildcard nor an escalation path (scenario 12).
        { "create_cluster_role_write_privileges.json", [] },
        { "create_clusterrole.json", [] },
        // Binds system:basic-user: harmless.
        { "create_clusterrolebinding.json", [] },
        // ConfigMap contents are never read: rules must not depend on logging them (and alerts never copy them).
        { "create_configmap.json", [] },
        { "create_configmap_no_sensitive_values.json", [] },
        { "create_configmap_sensitive_values.json", [] },
        // Creating a deployment is everyday work; patching one by hand is what scenario 23 flags.
        { "create_deployment.json", [] },
        // Writing a secret (a bootstrap token, by an admin) is no read: scenarios 14 and 15 are about reads.
        { "create_kube_system_secret.json", [] },
        // The six nginx pods below were created by the replicaset-controller from a Deployment's template
        // (their ownerReferences name the ReplicaSet): the rules judge whoever wrote the template (that write
        // is not in the traces), not the controller doing its job once per replica.
        { "create_nginx_pod_hostnetwork.json", [] },
        { "create_nginx_pod_no_secctx_1st_container_privileged_2nd_container.json", [] },
        { "create_nginx_pod_nohostnetwork.json", [] },
        { "create_nginx_pod_privileged.json", [] },
        { "create_nginx_pod_privileged_2nd_container.json", [] },
        { "create_nginx_pod_sensitive_mount.json", [] },
        { "create_nginx_pod_sensitive_mount_2nd_container.json", [] },
        { "create_nginx_pod_unprivileged.json", [] },
        // A node reading a pod: kubelet's job.
        { "create_nginx_pod_unsensitive_mount.json", [] },
        { "create_nginx_service_nodeport.json", ["service-exposed"] },
        { "create_nginx_service_nonodeport.json", [] },
        // These pods were created by the replicaset-controller: scenario 10 flags the person who created the
        // workload (that create is not in the trace), not the controller doing its job.
        { "create_pod_kube_public_namespace.json", [] },
        { "create_pod_kube_system_namespace.json", [] },
        { "create_secret.json", [] },
        { "create_service.json", [] },
        // The token controller (kube-controller-manager) writing a service-account token secret.
        { "create_service_account_token_secret.json", [] },
        { "create_serviceaccount.json", [] },
        { "create_serviceaccount_kube_public_namespace.json", ["workload-in-system-namespace"] },
        { "create_serviceaccount_kube_system_namespace.json", ["workload-in-system-namespace"] },
        { "delete_cluster_role_kube_aggregator.json", ["system-rbac-changed"] },
        { "delete_clusterrole.json", [] },
        { "delete_clusterrolebinding.json", [] },
        { "delete_configmap.json", [] },
        { "delete_deployment.json", [] },
        { "delete_namespace_foo.json", ["namespace-deleted"] },
        { "delete_secret.json", [] },
        { "delete_service.json", [] },
        { "delete_serviceaccount.json", [] },
        { "exec_pod.json", ["pod-exec", "pod-exec-suspicious-command"] },
        { "minikube_creates_namespace_foo.json", [] },
        { "modify_cluster_role_node_problem_detector.json", ["system-rbac-changed"] },
        { "some-user_creates_namespace_foo.json", [] },
    };

    [Theory]
    [MemberData(nameof(FalcoTraces))]
    public void Falco_trace_raises_exactly_its_alerts(string file, string[] expected)
    {
        var alerts = RuleTesting.Alerts(BuiltInDetections.Detections, Fixtures.Path("events", "falco-traces", file)).Distinct().Order();
        Assert.Equal(expected.Order(), alerts);
    }

    [Fact]
    public void A_fixture_that_is_no_event_fails_the_rule_test_loudly()
    {
        // {"kind": 0}: not an event at all; a rule test on it would pass for the wrong reason.
        var error = Assert.Throws<InvalidOperationException>(() => RuleTesting.Alerts(BuiltInDetections.Detections, Fixtures.Path("events", "falco-traces", "fal_01_003.json")));
        Assert.Contains("\"kind\" is a number, not a string", error.Message);
    }

    [Fact]
    public void Every_falco_trace_is_listed()
    {
        var listed = FalcoTraces().Select(row => (string)row[0]).Append("fal_01_003.json").ToHashSet();
        Assert.All(Directory.GetFiles(Fixtures.Path("events", "falco-traces")), f => Assert.Contains(Path.GetFileName(f), listed));
    }

    [Fact]
    public void Benign_cluster_traffic_raises_no_alert()
    {
        var log = Fixtures.Path("events", "immudb", "k8s-metadata.jsonl");
        var events = 0;
        Assert.Empty(PolicyKit.Events.Reading.EventText.ForEachInFile(log, _ => events++));
        Assert.Equal(2971, events);
        // No alert remains: the cluster-wide secret lists and kube-system token requests in it come from the
        // apiserver and kube-controller-manager (control plane), which the rules exclude by design.
        Assert.Empty(RuleTesting.Alerts(BuiltInDetections.Detections, log));
    }

    [Fact]
    public void Audit2rbac_demo_raises_only_the_denied_secret_read()
    {
        // Impersonation of ordinary users, and 403s. The denied secret list (system:admin as alice) read nothing, so
        // no secrets-dump; it is the one denied secret read secret-read-denied (low) reports.
        Assert.Equal(["secret-read-denied"], RuleTesting.Alerts(BuiltInDetections.Detections, Fixtures.Path("events", "audit2rbac", "demo-v1.jsonl")));
        Assert.Equal(["secret-read-denied"], RuleTesting.Alerts(BuiltInDetections.Detections, Fixtures.Path("events", "audit2rbac", "demo-v1beta1.jsonl")).Distinct());
    }
}
