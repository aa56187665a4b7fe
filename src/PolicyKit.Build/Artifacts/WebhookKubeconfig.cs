using System.Text;
using PolicyKit.Yaml;

namespace PolicyKit.Build.Artifacts;

/// <summary>
/// A kubeconfig template for the audit webhook backend (<c>--audit-webhook-config-file</c>): the
/// apiserver is the client, the collector the cluster. Certificates sit beside the kubeconfig.
/// </summary>
internal static class WebhookKubeconfig
{
    public const string FileName = "audit-webhook-kubeconfig.yaml";

    public static string Write(ArtifactSettings s, string policyName)
    {
        var w = new StringBuilder();
        w.Append("# Audit webhook backend for policy ").Append(YamlScalar.DoubleQuoted(policyName)).Append(": place at ")
            .Append(s.WebhookKubeconfigPath).Append(" and add\n");
        w.Append("# --audit-webhook-config-file=").Append(s.WebhookKubeconfigPath).Append(" to kube-apiserver (see docs/provisioning.md).\n");
        w.Append("apiVersion: v1\n");
        w.Append("kind: Config\n");
        w.Append("clusters:\n");
        w.Append("  - name: audit-webhook\n");
        w.Append("    cluster:\n");
        w.Append("      server: ").Append(YamlScalar.Format(s.WebhookServer)).Append('\n');
        w.Append("      certificate-authority: ").Append(YamlScalar.Format(s.BesideWebhookKubeconfig("webhook-ca.crt"))).Append('\n');
        w.Append("users:\n");
        w.Append("  - name: kube-apiserver\n");
        w.Append("    user:\n");
        w.Append("      client-certificate: ").Append(YamlScalar.Format(s.BesideWebhookKubeconfig("webhook-client.crt"))).Append('\n');
        w.Append("      client-key: ").Append(YamlScalar.Format(s.BesideWebhookKubeconfig("webhook-client.key"))).Append('\n');
        w.Append("contexts:\n");
        w.Append("  - name: audit-webhook\n");
        w.Append("    context:\n");
        w.Append("      cluster: audit-webhook\n");
        w.Append("      user: kube-apiserver\n");
        w.Append("current-context: audit-webhook\n");
        return w.ToString();
    }
}
