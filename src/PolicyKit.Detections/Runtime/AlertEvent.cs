using System;
using System.Collections.Generic;
using System.Text;
using PolicyKit.Detection;
using PolicyKit.Events;

namespace PolicyKit.Detections.Runtime;

/// <summary>
/// What an alert tells of its event, copied out of the event (which the reader reuses) so alerts can be
/// written after later events were read. Only metadata: never requestURI's query (exec commands may carry
/// credentials), never a body. Values longer than <see cref="MaxValueLength"/> are cut, with a marker:
/// a 150 MB object name is an attack on whoever reads the alerts, not something to echo.
/// </summary>
public sealed record AlertEvent(
    string AuditId, string Timestamp, string User, string Verb, bool HasObjectRef, string Resource, string Subresource,
    string Namespace, string Name, string ApiGroup, IReadOnlyList<string> SourceIps, string Reason)
{
    /// <summary>The longest value an alert repeats whole (characters).</summary>
    public const int MaxValueLength = PolicyKit.Detection.Evidence.MaxValueLength;

    /// <summary>What matched and why (<see cref="DetectionEvidence"/>): set for an alert, empty for a bare copy.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>The policy rule that logged the event, when the host was given the policy.</summary>
    public LoggingRule? LoggedBy { get; init; }

    public static AlertEvent From(Utf8AuditEvent e)
    {
        var ips = e.GetList(EventField.SourceIps);
        var copied = new string[ips.Count];
        for (var i = 0; i < copied.Length; i++)
        {
            copied[i] = Cut(ips[i]);
        }
        return new AlertEvent(Cut(e.AuditId), Cut(e.Timestamp), Cut(e.Username), Cut(e.Verb), e.HasObjectRef, Cut(e.Resource), Cut(e.Subresource),
            Cut(e.Namespace), Cut(e.Name), Cut(e.ApiGroup), copied, ReasonOf(e));
    }

    /// <summary>The value, or its first <see cref="MaxValueLength"/> characters and "…[N more characters]".</summary>
    public static string Cut(string value) => PolicyKit.Detection.Evidence.Cut(value);

    /// <summary>Who did what to which object, in a few words: "alice create pods/exec default/web-0 as bob (101)".</summary>
    private static string ReasonOf(Utf8AuditEvent e)
    {
        var text = new StringBuilder();
        text.Append(e.Username.Length > 0 ? Cut(e.Username) : "(no user)").Append(' ').Append(Cut(e.Verb)).Append(' ');
        if (e.HasObjectRef)
        {
            text.Append(Cut(e.Resource));
            if (e.Subresource.Length > 0)
            {
                text.Append('/').Append(Cut(e.Subresource));
            }
            var target = e.Namespace.Length > 0 ? Cut(e.Namespace) + "/" + Cut(e.Name) : Cut(e.Name);
            if (target.Trim('/').Length > 0)
            {
                text.Append(' ').Append(target.TrimEnd('/'));
            }
        }
        else
        {
            text.Append(Cut(QueryString.PathOf(e.RequestUri)));
        }
        var impersonated = e.Get(EventField.ImpersonatedUsername);
        if (impersonated.Length > 0)
        {
            text.Append(" as ").Append(Cut(impersonated));
        }
        if (e.ResponseCode is { } code)
        {
            text.Append(" (").Append(code).Append(')');
        }
        return text.ToString();
    }
}
