using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PolicyKit.Events.Replay;

/// <summary>
/// The mean size of requestObject and responseObject members (key, colon and comma included) per resource and verb,
/// learned from RequestResponse-level events. It estimates the bodies a policy would write that a lower-level log
/// lacks. Lookups fall back from (resource, verb) to (any resource, verb) to (any, any); with no samples, 0.
/// The built-in model (<see cref="Default"/>) is learned from tests/fixtures/events/requestresponse (see its README).
/// </summary>
public sealed class BodySizeModel
{
    private const string Any = "*";

    private readonly Dictionary<(string Resource, string Verb), BodySizes> _sizes;

    private BodySizeModel(string source, Dictionary<(string, string), BodySizes> sizes)
    {
        Source = source;
        _sizes = sizes;
    }

    /// <summary>Where the model was learned (said next to every estimate).</summary>
    public string Source { get; }

    public IReadOnlyDictionary<(string Resource, string Verb), BodySizes> Sizes => _sizes;

    /// <summary>The built-in model, learned from the RequestResponse fixture log.</summary>
    public static BodySizeModel Default { get; } = LoadDefault();

    /// <summary>Mean requestObject member bytes for events of this resource and verb (every stage carries it).</summary>
    public double Request(string resource, string verb) => Find(resource, verb, request: true);

    /// <summary>Mean responseObject member bytes for ResponseComplete events of this resource and verb.</summary>
    public double Response(string resource, string verb) => Find(resource, verb, request: false);

    private double Find(string resource, string verb, bool request)
    {
        foreach (var key in (ReadOnlySpan<(string, string)>)[(resource, verb), (Any, verb), (Any, Any)])
        {
            if (_sizes.TryGetValue(key, out var s) && (request ? s.RequestSamples : s.ResponseSamples) > 0)
            {
                return request ? s.RequestMean : s.ResponseMean;
            }
        }
        return 0;
    }

    /// <summary>Learns from the RequestResponse-level events of a log (others are ignored).</summary>
    public static BodySizeModel Learn(string source, Action<Action<Utf8AuditEvent>> forEachEvent)
    {
        var sizes = new Dictionary<(string, string), BodySizes>();
        void Note((string, string) key, long request, long? response)
        {
            var s = sizes.GetValueOrDefault(key);
            sizes[key] = s with
            {
                RequestSamples = s.RequestSamples + 1,
                RequestBytes = s.RequestBytes + request,
                ResponseSamples = s.ResponseSamples + (response is null ? 0 : 1),
                ResponseBytes = s.ResponseBytes + (response ?? 0),
            };
        }
        forEachEvent(e =>
        {
            if (EventVolume.LoggedLevel(e) != Level.RequestResponse)
            {
                return;
            }
            var request = EventVolume.RequestMemberBytes(e);
            long? response = e.Stage == Stage.ResponseComplete ? EventVolume.ResponseMemberBytes(e) : null;
            var resource = ResourceKey(e);
            Note((resource, e.Verb), request, response);
            Note((Any, e.Verb), request, response);
            Note((Any, Any), request, response);
        });
        return new BodySizeModel(source, sizes);
    }

    /// <summary>The resource an estimate is kept under: resource/subresource, or the path for a non-resource request.</summary>
    public static string ResourceKey(Utf8AuditEvent e)
        => !e.HasObjectRef ? "(non-resource)" : e.Subresource.Length > 0 ? e.Resource + "/" + e.Subresource : e.Resource;

    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("source", Source);
        json.WriteStartArray("sizes");
        foreach (var ((resource, verb), s) in _sizes.OrderBy(p => p.Key.Resource, StringComparer.Ordinal).ThenBy(p => p.Key.Verb, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("resource", resource);
            json.WriteString("verb", verb);
            json.WriteNumber("requestSamples", s.RequestSamples);
            json.WriteNumber("requestBytes", s.RequestBytes);
            json.WriteNumber("responseSamples", s.ResponseSamples);
            json.WriteNumber("responseBytes", s.ResponseBytes);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static BodySizeModel Read(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var sizes = new Dictionary<(string, string), BodySizes>();
        foreach (var s in root.GetProperty("sizes").EnumerateArray())
        {
            sizes[(s.GetProperty("resource").GetString()!, s.GetProperty("verb").GetString()!)] = new BodySizes(
                s.GetProperty("requestSamples").GetInt64(), s.GetProperty("requestBytes").GetInt64(),
                s.GetProperty("responseSamples").GetInt64(), s.GetProperty("responseBytes").GetInt64());
        }
        return new BodySizeModel(root.GetProperty("source").GetString()!, sizes);
    }

    private static BodySizeModel LoadDefault()
    {
        using var stream = typeof(BodySizeModel).Assembly.GetManifestResourceStream("PolicyKit.Events.Replay.body-size-model.json")
            ?? throw new InvalidOperationException("the built-in body size model is missing from the assembly");
        return Read(stream);
    }
}

/// <summary>Samples and total bytes of request and response body members for one (resource, verb).</summary>
public readonly record struct BodySizes(long RequestSamples, long RequestBytes, long ResponseSamples, long ResponseBytes)
{
    public double RequestMean => RequestSamples == 0 ? 0 : (double)RequestBytes / RequestSamples;

    public double ResponseMean => ResponseSamples == 0 ? 0 : (double)ResponseBytes / ResponseSamples;
}
