using System;
using System.Collections.Generic;

namespace PolicyKit.Events.Formats;

/// <summary>
/// What the values of an input are: kube-apiserver's own events, or a managed cloud's envelope around them.
/// Detected from an input's first value (<see cref="FormatDetector"/>), or forced with <c>--input-format</c>.
/// </summary>
public enum InputFormat
{
    /// <summary>Not known yet: detected from the first value that is one of the known shapes.</summary>
    Auto,

    /// <summary>audit.k8s.io Event and EventList (log files, the webhook's EventList).</summary>
    Audit,

    /// <summary>GKE: Cloud Logging LogEntry with a google.cloud.audit.AuditLog protoPayload, or its BigQuery row.</summary>
    Gke,

    /// <summary>EKS: CloudWatch Logs records of the kube-apiserver-audit stream (message, logEvents[], events[]).</summary>
    Eks,

    /// <summary>AKS: Azure Monitor diagnostic records (records[], properties.log) and AKSAudit rows.</summary>
    Aks,
}

/// <summary>The names of <see cref="InputFormat"/> on the command line and in messages.</summary>
public static class InputFormats
{
    /// <summary>--input-format values, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["auto", "audit", "gke", "eks", "aks"];

    /// <summary>Every shape PolicyKit reads, for the message about a value of none of them.</summary>
    public const string KnownShapes =
        "audit.k8s.io Event or EventList; GKE Cloud Logging LogEntry with an AuditLog protoPayload (or its BigQuery row, protopayload_auditlog); " +
        "EKS CloudWatch record with message, subscription data with logEvents[], or 'aws logs' output with events[]; " +
        "AKS diagnostic records[] with properties.log (or one such record), or an AKSAudit row";

    public static InputFormat Parse(string name) => name switch
    {
        "auto" => InputFormat.Auto,
        "audit" => InputFormat.Audit,
        "gke" => InputFormat.Gke,
        "eks" => InputFormat.Eks,
        "aks" => InputFormat.Aks,
        _ => throw new ArgumentException($"unknown input format \"{name}\" (known: {string.Join(", ", Names)})", nameof(name)),
    };

    /// <summary>How messages call the format.</summary>
    public static string Describe(this InputFormat format) => format switch
    {
        InputFormat.Audit => "audit.k8s.io events",
        InputFormat.Gke => "GKE Cloud Logging entries",
        InputFormat.Eks => "EKS CloudWatch records",
        InputFormat.Aks => "AKS Azure Monitor records",
        _ => "not yet known",
    };
}
