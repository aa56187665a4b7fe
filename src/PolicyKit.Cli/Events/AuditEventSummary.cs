using System.Collections.Generic;

namespace PolicyKit.Cli.Events;

/// <summary>The fields of an audit Event that replaying it through a policy needs.</summary>
internal sealed class AuditEventSummary
{
    public string? AuditId { get; set; }

    public string? ApiVersion { get; set; }

    public string? Verb { get; set; }

    public string? RequestUri { get; set; }

    public string? Username { get; set; }

    public List<string>? Groups { get; set; }

    public bool HasObjectRef { get; set; }

    public string? Namespace { get; set; }

    public string? ApiGroup { get; set; }

    public string? Resource { get; set; }

    public string? Subresource { get; set; }

    public string? Name { get; set; }

    /// <summary>The request attributes as the apiserver evaluated them (DESIGN §5).</summary>
    public AuditRequest ToRequest()
        => AuditRequest.FromEvent(Username, Groups, Verb, RequestUri, HasObjectRef, Namespace, ApiGroup, Resource, Subresource, Name);
}
