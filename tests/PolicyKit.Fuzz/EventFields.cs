using PolicyKit.Detection;
using PolicyKit.Events;

namespace PolicyKit.Fuzz;

/// <summary>Every field of an event that a command or a rule reads, as one line (to compare two readings).</summary>
public static class EventFields
{
    public static string Of(Utf8AuditEvent e)
        => string.Join("|", e.Kind, e.ApiVersion, e.Level, e.StageName, e.AuditId, e.HasAuditId, System.Text.Encoding.UTF8.GetString(e.AuditIdJson),
            e.RequestUri, e.UserAgent, e.Timestamp, e.ReceivedTimestamp, e.Username, string.Join(",", e.GetList(EventField.Groups)), e.Verb,
            e.HasObjectRef, e.Resource, e.Subresource, e.Namespace, e.ApiGroup, e.Name, e.ToRequest(),
            string.Join(",", e.GetList(EventField.SourceIps)), e.Get(EventField.ImpersonatedUsername), string.Join(",", e.GetList(EventField.ImpersonatedGroups)),
            e.ResponseCode, e.Get(EventField.Annotation, "authorization.k8s.io/decision"), e.Items.Length, e.ItemsKind,
            e.Body(BodyRoot.RequestObject)?.Kind, e.Body(BodyRoot.ResponseObject)?.Kind);
}
