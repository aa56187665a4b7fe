using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using PolicyKit.Detection;
using PolicyKit.Events.Decoding;
using PolicyKit.Events.Framing;

namespace PolicyKit.Events;

/// <summary>
/// One audit Event read from its UTF-8 JSON, for the policy path (<see cref="ToRequest"/>) and for
/// detection rules alike. <see cref="Load"/> makes one pass over the top level, the fast way
/// (<see cref="FastMemberScan"/>) or, for anything unusual, through System.Text.Json; either way it
/// only notes where each member's value is. Fields are decoded when first asked for (the few that
/// repeat across events as pooled strings), bodies parsed on first use. One instance is reused for
/// every event of a log; what it hands out is valid until the next Load.
/// </summary>
public sealed partial class Utf8AuditEvent : IDetectionEvent
{
    private readonly Utf8StringPool _pool = new();
    private readonly int[] _recentSlots = RecentSlots.None();
    private readonly List<(int Start, int Length)> _itemPlaces = new();
    private ReadOnlyMemory<byte> _json;
    private string? _problem;
    private bool _placingItems, _itemsPlaced;

    // Where each member's value is in _json: a string's content (escaped or not), or a whole object or list.
    private Span _level, _auditId, _requestUri, _userAgent, _impersonated, _sourceIps, _annotations, _responseStatus, _requestObject, _responseObject, _timestamp, _stageTimestamp, _requestReceivedTimestamp, _items;

    /// <summary>A value's position; <see cref="Escaped"/>: a string with escapes, decoded on reading.</summary>
    private readonly record struct Span(int Start, int Length, bool Escaped, bool Present)
    {
        public static Span Of(int start, int length, bool escaped) => new(start, length, escaped, true);
    }

    public string Kind { get; private set; } = "";

    public string ApiVersion { get; private set; } = "";

    public string Verb { get; private set; } = "";

    public string StageName { get; private set; } = "";

    public string Level => Pooled(_level, RecentField.Level);

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

    /// <summary>Whether the event has an auditID (evaluate prints null for one without).</summary>
    public bool HasAuditId => _auditId.Present;

    /// <summary>The auditID's JSON string content as written in the input (escapes kept), without quotes.</summary>
    public ReadOnlySpan<byte> AuditIdJson => _auditId.Present ? _json.Span.Slice(_auditId.Start, _auditId.Length) : default;

    /// <summary>requestURI; pooled, as a log repeats its URIs (leases, health checks, watches) all day.</summary>
    public string RequestUri => _requestUriText ??= Pooled(_requestUri, RecentField.RequestUri);

    public string UserAgent => _userAgentText ??= Text(_userAgent);

    /// <summary>stageTimestamp (v1), else timestamp (v1beta1), else requestReceivedTimestamp.</summary>
    public string Timestamp => Text(_stageTimestamp.Length > 0 ? _stageTimestamp : _timestamp.Length > 0 ? _timestamp : _requestReceivedTimestamp);

    /// <summary>
    /// requestReceivedTimestamp, else stageTimestamp (v1) or timestamp (v1beta1): when the request
    /// happened, which windowed rules count by (a long request's stageTimestamp is when it ended).
    /// </summary>
    public string ReceivedTimestamp => Text(_requestReceivedTimestamp.Length > 0 ? _requestReceivedTimestamp : _stageTimestamp.Length > 0 ? _stageTimestamp : _timestamp);

    /// <summary>The user agent as a shared string (agents repeat across events): for tallies keyed by it.</summary>
    internal string PooledUserAgent => _userAgentText ??= Pooled(_userAgent, RecentField.UserAgent);

    /// <summary>The length of the requestObject value as logged (0 when absent): what a lower level would drop.</summary>
    internal int RequestObjectLength => _requestObject.Length;

    /// <summary>The length of the responseObject value as logged (0 when absent).</summary>
    internal int ResponseObjectLength => _responseObject.Length;

    /// <summary>The level field's text as logged (not decoded; empty when absent).</summary>
    internal ReadOnlySpan<byte> LevelJson => _level.Present ? _json.Span.Slice(_level.Start, _level.Length) : default;

    /// <summary>requestReceivedTimestamp's text as logged (escapes kept), or empty.</summary>
    internal ReadOnlySpan<byte> RequestReceivedJson => _requestReceivedTimestamp.Present ? _json.Span.Slice(_requestReceivedTimestamp.Start, _requestReceivedTimestamp.Length) : default;

    /// <summary>Off: every value is read through System.Text.Json (tests hold the two ways equal).</summary>
    internal bool UseFastScan { get; init; } = true;

    /// <summary>The JSON value loaded (for searches over the raw text).</summary>
    public ReadOnlyMemory<byte> Json => _json;

    /// <summary>An EventList's items value (the caller loads each item), or empty.</summary>
    public ReadOnlyMemory<byte> Items => _items.Length == 0 ? default : _json.Slice(_items.Start, _items.Length);

    /// <summary>Where <see cref="Items"/> starts in the value loaded.</summary>
    public int ItemsOffset => _items.Start;

    /// <summary>What an EventList's items is (a list, null...), or None when absent.</summary>
    public JsonTokenType ItemsKind { get; private set; }

    public bool IsEventList => Kind == "EventList";

    /// <summary>Whether the last <see cref="Load"/> failed because the input is not (one) JSON value at all.</summary>
    public bool NotJson { get; private set; }

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

    /// <summary>Reads the top level of one JSON value; returns null, or why it is not an audit Event (or EventList).</summary>
    /// <param name="json">The value.</param>
    /// <param name="items">The places the framer found for an EventList's items: the fast scan takes them instead of finding them again.</param>
    public string? Load(ReadOnlyMemory<byte> json, ItemPlaces? items = null)
    {
        Clear();
        _json = json;
        KnownItems = items;
        var fast = UseFastScan && FastMemberScan.TryScan(json.Span, this);
        KnownItems = null;
        if (!fast)
        {
            Clear();
            _json = json;
            if (ReadSlowly(json.Span) is { } notJson)
            {
                NotJson = true;
                return notJson;
            }
        }
        if (_problem is not null)
        {
            return _problem;
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

    /// <summary>Through System.Text.Json: any valid JSON, and the error for what is not. Returns that error, or null.</summary>
    private string? ReadSlowly(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, isFinalBlock: true, new JsonReaderState(ReadLimits.JsonOptions));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                _problem = $"not an audit Event: {JsonTokens.Describe(reader.TokenType)}, not an object";
                return null;
            }
            ReadMembers(ref reader, MemberParent.Event);
            // A second value after the object makes the input no single JSON value (the reader throws).
            reader.Read();
            return null;
        }
        catch (JsonException ex)
        {
            return JsonTokens.NotJson(ex);
        }
    }

    /// <summary>The members of the object the reader is on (its StartObject read), as the fast scan hands them over.</summary>
    private void ReadMembers(ref Utf8JsonReader reader, MemberParent parent)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = JsonTokens.Name(ref reader);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    Assign(parent, key, MemberKind.String, start + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
                    continue;
                case JsonTokenType.StartObject when parent == MemberParent.Event && NestedParent(key) is { } inner:
                    BeginNested(inner);
                    ReadMembers(ref reader, inner);
                    break;
                default:
                    reader.Skip();
                    break;
            }
            var kind = reader.TokenType switch
            {
                JsonTokenType.EndObject => MemberKind.Object,
                JsonTokenType.EndArray => MemberKind.Array,
                JsonTokenType.Null => MemberKind.Null,
                JsonTokenType.Number => MemberKind.Number,
                _ => MemberKind.Boolean,
            };
            Assign(parent, key, kind, start, (int)reader.BytesConsumed - start, false);
        }
    }

    /// <summary>The event's objects that are read member by member: user and objectRef.</summary>
    internal static MemberParent? NestedParent(ReadOnlySpan<byte> key)
        => key.SequenceEqual("user"u8) ? MemberParent.User : key.SequenceEqual("objectRef"u8) ? MemberParent.ObjectRef : null;

    /// <summary>The places the framer found for the items of the value being loaded, if any.</summary>
    internal ItemPlaces? KnownItems { get; private set; }

    /// <summary>The fast scan starts an EventList's items: their places follow (<see cref="AddItem"/>).</summary>
    internal void BeginItems()
    {
        _itemPlaces.Clear();
        _placingItems = true;
    }

    /// <summary>One item of the items being placed, where it is in the value loaded.</summary>
    internal void AddItem(int start, int length) => _itemPlaces.Add((start, length));

    /// <summary>
    /// The places of the EventList's items in the value loaded, when the fast scan found them (else false: the
    /// caller finds them itself); copied, since loading an item clears them.
    /// </summary>
    internal bool TakeItemPlaces(List<(int Start, int Length)> into)
    {
        into.Clear();
        if (!_itemsPlaced)
        {
            return false;
        }
        into.AddRange(_itemPlaces);
        return true;
    }

    /// <summary>A user or objectRef starts: a later one replaces an earlier one whole, as in the slow way.</summary>
    internal void BeginNested(MemberParent parent)
    {
        if (parent == MemberParent.User)
        {
            _username = _groupsAt = default;
        }
        else
        {
            _resource = _subresource = _namespace = _apiGroup = _name = default;
        }
    }

    /// <summary>Notes one member of the event, its user or its objectRef (both ways of reading come here, so they agree).</summary>
    internal void Assign(MemberParent parent, ReadOnlySpan<byte> key, MemberKind kind, int start, int length, bool escaped)
    {
        var at = Span.Of(start, length, escaped);
        var text = kind == MemberKind.String ? at : default;
        if (parent != MemberParent.Event)
        {
            AssignNested(parent, key, kind, at, text);
            return;
        }
        switch (key.Length)
        {
            case 4 when key.SequenceEqual("kind"u8):
                if (kind != MemberKind.String)
                {
                    _problem ??= $"not an audit Event: \"kind\" is {JsonTokens.Describe(TokenOf(kind))}, not a string";
                }
                Kind = Pooled(text, RecentField.Kind);
                break;
            case 4 when key.SequenceEqual("verb"u8):
                Verb = Pooled(text, RecentField.Verb);
                break;
            case 4 when key.SequenceEqual("user"u8):
                if (kind != MemberKind.Object)
                {
                    BeginNested(MemberParent.User);
                }
                break;
            case 5 when key.SequenceEqual("stage"u8):
                StageName = Pooled(text, RecentField.Stage);
                break;
            case 5 when key.SequenceEqual("level"u8):
                _level = text;
                break;
            case 5 when key.SequenceEqual("items"u8):
                _items = at;
                ItemsKind = TokenOf(kind);
                _itemsPlaced = _placingItems;
                _placingItems = false;
                break;
            case 7 when key.SequenceEqual("auditID"u8):
                _auditId = text;
                _auditIdText = null;
                break;
            case 9 when key.SequenceEqual("objectRef"u8):
                HasObjectRef = kind == MemberKind.Object;
                if (!HasObjectRef)
                {
                    BeginNested(MemberParent.ObjectRef);
                }
                break;
            case 9 when key.SequenceEqual("sourceIPs"u8):
                _sourceIps = at;
                break;
            case 9 when key.SequenceEqual("userAgent"u8):
                _userAgent = text;
                break;
            case 9 when key.SequenceEqual("timestamp"u8):
                _timestamp = text;
                break;
            case 10 when key.SequenceEqual("requestURI"u8):
                _requestUri = text;
                break;
            case 10 when key.SequenceEqual("apiVersion"u8):
                ApiVersion = Pooled(text, RecentField.ApiVersion);
                break;
            case 11 when key.SequenceEqual("annotations"u8):
                _annotations = at;
                break;
            case 13 when key.SequenceEqual("requestObject"u8):
                _requestObject = at;
                break;
            case 14 when key.SequenceEqual("responseObject"u8):
                _responseObject = at;
                break;
            case 14 when key.SequenceEqual("responseStatus"u8):
                _responseStatus = at;
                break;
            case 14 when key.SequenceEqual("stageTimestamp"u8):
                _stageTimestamp = text;
                break;
            case 16 when key.SequenceEqual("impersonatedUser"u8):
                _impersonated = at;
                break;
            case 24 when key.SequenceEqual("requestReceivedTimestamp"u8):
                _requestReceivedTimestamp = text;
                break;
        }
    }

    private void AssignNested(MemberParent parent, ReadOnlySpan<byte> key, MemberKind kind, Span at, Span text)
    {
        if (parent == MemberParent.User)
        {
            if (key.SequenceEqual("username"u8))
            {
                _username = text;
            }
            else if (key.SequenceEqual("groups"u8))
            {
                _groupsAt = kind == MemberKind.Array ? at : default;
            }
            return;
        }
        switch (key.Length)
        {
            case 4 when key.SequenceEqual("name"u8):
                _name = text;
                break;
            case 8 when key.SequenceEqual("resource"u8):
                _resource = text;
                break;
            case 8 when key.SequenceEqual("apiGroup"u8):
                _apiGroup = text;
                break;
            case 9 when key.SequenceEqual("namespace"u8):
                _namespace = text;
                break;
            case 11 when key.SequenceEqual("subresource"u8):
                _subresource = text;
                break;
        }
    }

    /// <summary>The token a member's value starts with (its words come from <see cref="JsonTokens.Describe"/>).</summary>
    private static JsonTokenType TokenOf(MemberKind kind) => kind switch
    {
        MemberKind.Array => JsonTokenType.StartArray,
        MemberKind.Object => JsonTokenType.StartObject,
        MemberKind.String => JsonTokenType.String,
        MemberKind.Number => JsonTokenType.Number,
        MemberKind.Boolean => JsonTokenType.True,
        _ => JsonTokenType.Null,
    };

    /// <summary>A value that repeats across events (verb, user, resource...): a shared string.</summary>
    private string Pooled(Span at, RecentField field)
        => at.Length == 0 ? "" : _pool.Get(_json.Span.Slice(at.Start, at.Length), at.Escaped, ref _recentSlots[(int)field]);

    private string Text(Span at) => at.Length == 0 ? "" : JsonStrings.Decode(_json.Span.Slice(at.Start, at.Length), at.Escaped);

    private void Clear()
    {
        Kind = ApiVersion = Verb = StageName = "";
        NotJson = false;
        _problem = null;
        ItemsKind = JsonTokenType.None;
        _itemPlaces.Clear();
        _placingItems = _itemsPlaced = false;
        HasObjectRef = false;
        _username = _groupsAt = _resource = _subresource = _namespace = _apiGroup = _name = default;
        _level = _auditId = _requestUri = _userAgent = _impersonated = _sourceIps = _annotations = _responseStatus = _requestObject = _responseObject = _timestamp = _stageTimestamp = _requestReceivedTimestamp = _items = default;
        ClearLazy();
    }
}
