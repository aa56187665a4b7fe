using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using PolicyKit.Detection;

namespace PolicyKit.Events;

/// <summary>
/// One audit Event read from its UTF-8 JSON for detection rules. <see cref="Load"/> makes one pass over
/// the top level: the few fields the rule index needs become pooled strings; everything else is kept
/// as a position in the input and read only when a rule asks (bodies are parsed on first use). One
/// instance is reused for every event of a log; what it hands out is valid until the next Load.
/// </summary>
public sealed class Utf8AuditEvent : IDetectionEvent
{
    private readonly Utf8StringPool _pool = new();
    private readonly List<string> _groups = new();
    private readonly List<string> _sourceIps = new();
    private readonly List<string> _impersonatedGroups = new();
    private ReadOnlyMemory<byte> _json;

    // Positions (start, length) of values read on demand, into _json; length 0 means absent.
    private (int Start, int Length) _auditIdRaw, _auditId, _requestUri, _userAgent, _name, _user, _impersonated, _sourceIpsSpan,
        _annotations, _responseStatus, _requestObject, _responseObject, _stageTimestamp, _timestamp, _requestReceivedTimestamp, _items;

    private bool _groupsRead, _sourceIpsRead, _impersonatedRead, _codeRead;
    private string? _auditIdText, _requestUriText, _userAgentText, _nameText, _impersonatedName;
    private long? _code;
    private IBodyNode? _requestBody, _responseBody;
    private bool _requestBodyRead, _responseBodyRead;
    private JsonDocument? _requestDocument, _responseDocument;

    public string Kind { get; private set; } = "";

    public string ApiVersion { get; private set; } = "";

    public string Verb { get; private set; } = "";

    public string StageName { get; private set; } = "";

    public string Level { get; private set; } = "";

    public string Username { get; private set; } = "";

    public bool HasObjectRef { get; private set; }

    public string Resource { get; private set; } = "";

    public string Subresource { get; private set; } = "";

    public string Namespace { get; private set; } = "";

    public string ApiGroup { get; private set; } = "";

    /// <summary>The stage as an enum, or null for a stage PolicyKit does not know.</summary>
    public Stage? Stage => StageName switch
    {
        "ResponseComplete" => PolicyKit.Stage.ResponseComplete,
        "ResponseStarted" => PolicyKit.Stage.ResponseStarted,
        "RequestReceived" => PolicyKit.Stage.RequestReceived,
        "Panic" => PolicyKit.Stage.Panic,
        _ => null,
    };

    public string AuditId => _auditIdText ??= Text(_auditId);

    /// <summary>The auditID's JSON string content as written in the input (escapes kept), without quotes.</summary>
    public ReadOnlySpan<byte> AuditIdJson => _auditIdRaw.Length == 0 ? default : _json.Span.Slice(_auditIdRaw.Start, _auditIdRaw.Length);

    public string RequestUri => _requestUriText ??= Text(_requestUri);

    public string UserAgent => _userAgentText ??= Text(_userAgent);

    public string Name => _nameText ??= Text(_name);

    /// <summary>stageTimestamp (v1), else timestamp (v1beta1), else requestReceivedTimestamp.</summary>
    public string Timestamp => Text(_stageTimestamp.Length > 0 ? _stageTimestamp : _timestamp.Length > 0 ? _timestamp : _requestReceivedTimestamp);

    /// <summary>
    /// requestReceivedTimestamp, else stageTimestamp (v1) or timestamp (v1beta1): when the request
    /// happened, which windowed rules count by (a long request's stageTimestamp is when it ended).
    /// </summary>
    public string ReceivedTimestamp => Text(_requestReceivedTimestamp.Length > 0 ? _requestReceivedTimestamp : _stageTimestamp.Length > 0 ? _stageTimestamp : _timestamp);

    /// <summary>An EventList's items value (the caller loads each item), or empty.</summary>
    public ReadOnlyMemory<byte> Items => _items.Length == 0 ? default : _json.Slice(_items.Start, _items.Length);

    /// <summary>Where <see cref="Items"/> starts in the value loaded.</summary>
    public int ItemsOffset => _items.Start;

    /// <summary>What an EventList's items is (a list, null...), or None when absent.</summary>
    public JsonTokenType ItemsKind { get; private set; }

    /// <summary>Whether the event has an auditID (evaluate prints null for one without).</summary>
    public bool HasAuditId { get; private set; }

    /// <summary>
    /// The request attributes the apiserver evaluated its policy against, recovered from the event (see
    /// <see cref="AuditRequest.FromEvent"/>). It shares the event's groups list, which the next
    /// <see cref="Load"/> reuses, unless <paramref name="detached"/>: then it is a copy to keep.
    /// </summary>
    public AuditRequest ToRequest(bool detached = false)
    {
        var groups = GetList(EventField.Groups);
        return AuditRequest.FromEvent(Username, detached ? groups.ToArray() : groups, Verb, RequestUri, HasObjectRef, Namespace, ApiGroup, Resource, Subresource, Name);
    }

    public bool IsEventList => Kind == "EventList";

    /// <summary>The JSON of the event loaded last (for a cloud envelope: the audit.k8s.io/v1 event it stands for); valid until the next Load.</summary>
    public ReadOnlyMemory<byte> Json => _json;

    /// <summary>Whether the last <see cref="Load"/> failed because the input is not (one) JSON value at all.</summary>
    public bool NotJson { get; private set; }

    /// <summary>Reads the top level of one JSON value; returns null, or why it is not an audit Event (or EventList).</summary>
    public string? Load(ReadOnlyMemory<byte> json)
    {
        Clear();
        NotJson = false;
        _json = json;
        try
        {
            var reader = new Utf8JsonReader(json.Span, isFinalBlock: true, new JsonReaderState(ReadLimits.JsonOptions));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return $"not an audit Event: {JsonTokens.Describe(reader.TokenType)}, not an object";
            }
            string? problem = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                problem ??= Property(ref reader);
            }
            // A second value after the object makes the input no single JSON value.
            if (reader.Read())
            {
                NotJson = true;
                return "not an audit Event: more than one JSON value";
            }
            if (problem is not null)
            {
                return problem;
            }
        }
        catch (JsonException ex)
        {
            NotJson = true;
            return JsonTokens.NotJson(ex);
        }
        if (IsEventList)
        {
            return null;
        }
        if (Kind.Length > 0 && Kind != "Event")
        {
            return $"not an audit Event: kind is \"{Kind}\"";
        }
        if (Kind.Length == 0 && !HasAuditId)
        {
            return "not an audit Event: no kind and no auditID";
        }
        if (ApiVersion.Length > 0 && ApiVersion is not ("audit.k8s.io/v1" or "audit.k8s.io/v1beta1"))
        {
            return $"not an audit Event: apiVersion is \"{ApiVersion}\" (expected audit.k8s.io/v1 or v1beta1)";
        }
        return null;
    }

    private string? Property(ref Utf8JsonReader r)
    {
        var name = JsonTokens.Name(ref r);
        r.Read();
        switch (name.Length)
        {
            case 4 when name.SequenceEqual("verb"u8):
                Verb = Pooled(ref r);
                return null;
            case 4 when name.SequenceEqual("user"u8):
                if (r.TokenType == JsonTokenType.StartObject)
                {
                    ReadUser(ref r);
                }
                else
                {
                    r.Skip();
                }
                return null;
            case 4 when name.SequenceEqual("kind"u8):
                if (r.TokenType != JsonTokenType.String)
                {
                    var what = JsonTokens.Describe(r.TokenType);
                    r.Skip();
                    return $"not an audit Event: \"kind\" is {what}, not a string";
                }
                Kind = Pooled(ref r);
                return null;
            case 5 when name.SequenceEqual("stage"u8):
                StageName = Pooled(ref r);
                return null;
            case 5 when name.SequenceEqual("level"u8):
                Level = Pooled(ref r);
                return null;
            case 5 when name.SequenceEqual("items"u8):
                ItemsKind = r.TokenType;
                _items = Span(ref r);
                return null;
            case 7 when name.SequenceEqual("auditID"u8):
                HasAuditId = r.TokenType == JsonTokenType.String;
                _auditIdRaw = HasAuditId ? ((int)r.TokenStartIndex + 1, r.ValueSpan.Length) : default;
                _auditId = StringSpan(ref r, ref _auditIdText);
                return null;
            case 9 when name.SequenceEqual("objectRef"u8):
                if (r.TokenType == JsonTokenType.StartObject)
                {
                    ReadObjectRef(ref r);
                }
                else
                {
                    r.Skip();
                }
                return null;
            case 9 when name.SequenceEqual("sourceIPs"u8):
                _sourceIpsSpan = Span(ref r);
                return null;
            case 9 when name.SequenceEqual("userAgent"u8):
                _userAgent = StringSpan(ref r, ref _userAgentText);
                return null;
            case 9 when name.SequenceEqual("timestamp"u8):
                _timestamp = StringSpan(ref r, ref _unused);
                return null;
            case 10 when name.SequenceEqual("requestURI"u8):
                _requestUri = StringSpan(ref r, ref _requestUriText);
                return null;
            case 10 when name.SequenceEqual("apiVersion"u8):
                ApiVersion = Pooled(ref r);
                return null;
            case 11 when name.SequenceEqual("annotations"u8):
                _annotations = Span(ref r);
                return null;
            case 13 when name.SequenceEqual("requestObject"u8):
                _requestObject = Span(ref r);
                return null;
            case 14 when name.SequenceEqual("responseObject"u8):
                _responseObject = Span(ref r);
                return null;
            case 14 when name.SequenceEqual("responseStatus"u8):
                _responseStatus = Span(ref r);
                return null;
            case 14 when name.SequenceEqual("stageTimestamp"u8):
                _stageTimestamp = StringSpan(ref r, ref _unused);
                return null;
            case 16 when name.SequenceEqual("impersonatedUser"u8):
                _impersonated = Span(ref r);
                return null;
            case 24 when name.SequenceEqual("requestReceivedTimestamp"u8):
                _requestReceivedTimestamp = StringSpan(ref r, ref _unused);
                return null;
            default:
                r.Skip();
                return null;
        }
    }

    private string? _unused;

    private void ReadUser(ref Utf8JsonReader r)
    {
        var start = (int)r.TokenStartIndex;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var isName = JsonTokens.Name(ref r).SequenceEqual("username"u8);
            r.Read();
            if (isName)
            {
                Username = Pooled(ref r);
            }
            else
            {
                r.Skip();
            }
        }
        _user = (start, (int)r.BytesConsumed - start);
    }

    private void ReadObjectRef(ref Utf8JsonReader r)
    {
        HasObjectRef = true;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonTokens.Name(ref r);
            r.Read();
            if (name.SequenceEqual("resource"u8))
            {
                Resource = Pooled(ref r);
            }
            else if (name.SequenceEqual("subresource"u8))
            {
                Subresource = Pooled(ref r);
            }
            else if (name.SequenceEqual("namespace"u8))
            {
                Namespace = Pooled(ref r);
            }
            else if (name.SequenceEqual("apiGroup"u8))
            {
                ApiGroup = Pooled(ref r);
            }
            else if (name.SequenceEqual("name"u8))
            {
                _name = StringSpan(ref r, ref _nameText);
            }
            else
            {
                r.Skip();
            }
        }
    }

    private string Pooled(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.String)
        {
            r.Skip();
            return "";
        }
        return _pool.Get(ref r);
    }

    /// <summary>The position of a string's UTF-8 content; an escaped string is decoded now instead.</summary>
    private static (int, int) StringSpan(ref Utf8JsonReader r, ref string? decoded)
    {
        if (r.TokenType != JsonTokenType.String)
        {
            r.Skip();
            return default;
        }
        if (r.ValueIsEscaped)
        {
            decoded = JsonStrings.Get(ref r);
            return default;
        }
        return ((int)r.TokenStartIndex + 1, r.ValueSpan.Length);
    }

    private static (int, int) Span(ref Utf8JsonReader r)
    {
        var start = (int)r.TokenStartIndex;
        r.Skip();
        return (start, (int)r.BytesConsumed - start);
    }

    private string Text((int Start, int Length) span) => span.Length == 0 ? "" : Encoding.UTF8.GetString(_json.Span.Slice(span.Start, span.Length));

    private void Clear()
    {
        Kind = ApiVersion = Verb = StageName = Level = Username = Resource = Subresource = Namespace = ApiGroup = "";
        HasObjectRef = HasAuditId = false;
        ItemsKind = JsonTokenType.None;
        _auditIdRaw = _auditId = _requestUri = _userAgent = _name = _user = _impersonated = _sourceIpsSpan = _annotations = _responseStatus
            = _requestObject = _responseObject = _stageTimestamp = _timestamp = _requestReceivedTimestamp = _items = default;
        _groupsRead = _sourceIpsRead = _impersonatedRead = _codeRead = _requestBodyRead = _responseBodyRead = false;
        _auditIdText = _requestUriText = _userAgentText = _nameText = _impersonatedName = null;
        _code = null;
        _requestBody = _responseBody = null;
        _requestDocument?.Dispose();
        _responseDocument?.Dispose();
        _requestDocument = _responseDocument = null;
    }

    // ---- IDetectionEvent: what rules read, on demand ----

    public string Get(EventField field, string argument = "") => field switch
    {
        EventField.Verb => Verb,
        EventField.Stage => StageName,
        EventField.Level => Level,
        EventField.Username => Username,
        EventField.ImpersonatedUsername => ReadImpersonated(),
        EventField.Resource => Resource,
        EventField.Subresource => Subresource,
        EventField.Namespace => Namespace,
        EventField.Name => Name,
        EventField.ApiGroup => ApiGroup,
        EventField.RequestUri => RequestUri,
        EventField.Path => QueryString.PathOf(RequestUri),
        EventField.UserAgent => UserAgent,
        EventField.Annotation => Annotation(argument),
        _ => "",
    };

    public IReadOnlyList<string> GetList(EventField field, string argument = "")
    {
        switch (field)
        {
            case EventField.Groups:
                if (!_groupsRead)
                {
                    _groupsRead = true;
                    _groups.Clear();
                    if (_user.Length > 0)
                    {
                        ReadStringsOfProperty(_user, "groups"u8, _groups);
                    }
                }
                return _groups;
            case EventField.ImpersonatedGroups:
                ReadImpersonated();
                return _impersonatedGroups;
            case EventField.SourceIps:
                if (!_sourceIpsRead)
                {
                    _sourceIpsRead = true;
                    _sourceIps.Clear();
                    if (_sourceIpsSpan.Length > 0)
                    {
                        var r = new Utf8JsonReader(_json.Span.Slice(_sourceIpsSpan.Start, _sourceIpsSpan.Length), ReadLimits.JsonOptions);
                        r.Read();
                        ReadStrings(ref r, _sourceIps);
                    }
                }
                return _sourceIps;
            case EventField.Query:
                return QueryString.Values(RequestUri, argument);
            default:
                return Array.Empty<string>();
        }
    }

    public long? ResponseCode
    {
        get
        {
            if (!_codeRead)
            {
                _codeRead = true;
                if (_responseStatus.Length > 0)
                {
                    var r = new Utf8JsonReader(_json.Span.Slice(_responseStatus.Start, _responseStatus.Length), ReadLimits.JsonOptions);
                    r.Read();
                    if (r.TokenType == JsonTokenType.StartObject)
                    {
                        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                        {
                            var isCode = JsonTokens.Name(ref r).SequenceEqual("code"u8);
                            r.Read();
                            if (isCode && r.TokenType == JsonTokenType.Number && r.TryGetInt64(out var code))
                            {
                                _code = code;
                            }
                            r.Skip();
                        }
                    }
                }
            }
            return _code;
        }
    }

    public IBodyNode? Body(BodyRoot root)
    {
        if (root == BodyRoot.RequestObject)
        {
            if (!_requestBodyRead)
            {
                _requestBodyRead = true;
                (_requestDocument, _requestBody) = Parse(_requestObject);
            }
            return _requestBody;
        }
        if (root == BodyRoot.ResponseObject)
        {
            if (!_responseBodyRead)
            {
                _responseBodyRead = true;
                (_responseDocument, _responseBody) = Parse(_responseObject);
            }
            return _responseBody;
        }
        return null;
    }

    private (JsonDocument?, IBodyNode?) Parse((int Start, int Length) span)
    {
        if (span.Length == 0)
        {
            return (null, null);
        }
        var doc = JsonDocument.Parse(_json.Slice(span.Start, span.Length), ReadLimits.DocumentOptions);
        return doc.RootElement.ValueKind == JsonValueKind.Null ? (doc, null) : (doc, new JsonBodyNode(doc.RootElement));
    }

    private string ReadImpersonated()
    {
        if (!_impersonatedRead)
        {
            _impersonatedRead = true;
            _impersonatedGroups.Clear();
            _impersonatedName = "";
            if (_impersonated.Length > 0)
            {
                var r = new Utf8JsonReader(_json.Span.Slice(_impersonated.Start, _impersonated.Length), ReadLimits.JsonOptions);
                r.Read();
                if (r.TokenType == JsonTokenType.StartObject)
                {
                    while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = JsonTokens.Name(ref r);
                        var isName = name.SequenceEqual("username"u8);
                        var isGroups = name.SequenceEqual("groups"u8);
                        r.Read();
                        if (isName && r.TokenType == JsonTokenType.String)
                        {
                            _impersonatedName = JsonStrings.Get(ref r);
                        }
                        else if (isGroups)
                        {
                            ReadStrings(ref r, _impersonatedGroups);
                        }
                        else
                        {
                            r.Skip();
                        }
                    }
                }
            }
        }
        return _impersonatedName!;
    }

    private string Annotation(string key)
    {
        if (_annotations.Length == 0)
        {
            return "";
        }
        var r = new Utf8JsonReader(_json.Span.Slice(_annotations.Start, _annotations.Length), ReadLimits.JsonOptions);
        r.Read();
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return "";
        }
        var utf8Key = System.Text.Encoding.UTF8.GetBytes(key);
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var match = JsonTokens.Name(ref r).SequenceEqual(utf8Key);
            r.Read();
            if (match && r.TokenType == JsonTokenType.String)
            {
                return JsonStrings.Get(ref r);
            }
            r.Skip();
        }
        return "";
    }

    private void ReadStringsOfProperty((int Start, int Length) objectSpan, ReadOnlySpan<byte> property, List<string> into)
    {
        var r = new Utf8JsonReader(_json.Span.Slice(objectSpan.Start, objectSpan.Length), ReadLimits.JsonOptions);
        r.Read();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var match = JsonTokens.Name(ref r).SequenceEqual(property);
            r.Read();
            if (match)
            {
                ReadStrings(ref r, into);
                return;
            }
            r.Skip();
        }
    }

    private void ReadStrings(ref Utf8JsonReader r, List<string> into)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            r.Skip();
            return;
        }
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType == JsonTokenType.String)
            {
                into.Add(_pool.Get(ref r));
            }
            else
            {
                r.Skip();
            }
        }
    }
}
