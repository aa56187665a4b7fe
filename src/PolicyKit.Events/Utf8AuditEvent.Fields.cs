using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using PolicyKit.Detection;
using PolicyKit.Events.Decoding;

namespace PolicyKit.Events;

/// <summary>The fields read on first use, from the positions <see cref="Load"/> noted.</summary>
public sealed partial class Utf8AuditEvent
{
    private readonly List<string> _groups = new();
    private readonly List<string> _sourceIpList = new();
    private readonly List<string> _impersonatedGroups = new();
    private Span _username, _groupsAt, _resource, _subresource, _namespace, _apiGroup, _name;
    private string? _auditIdText, _requestUriText, _userAgentText, _impersonatedName, _usernameText, _resourceText, _subresourceText, _namespaceText, _apiGroupText, _nameText;
    private bool _groupsRead, _sourceIpsRead, _impersonatedRead, _codeRead;
    private long? _code;
    private IBodyNode? _requestBody, _responseBody;
    private bool _requestBodyRead, _responseBodyRead;
    private JsonDocument? _requestDocument, _responseDocument;

    public string Username => _usernameText ??= Pooled(_username, RecentField.Username);

    public bool HasObjectRef { get; private set; }

    public string Resource => _resourceText ??= Pooled(_resource, RecentField.Resource);

    public string Subresource => _subresourceText ??= Pooled(_subresource, RecentField.Subresource);

    public string Namespace => _namespaceText ??= Pooled(_namespace, RecentField.Namespace);

    public string ApiGroup => _apiGroupText ??= Pooled(_apiGroup, RecentField.ApiGroup);

    public string Name => _nameText ??= Pooled(_name, RecentField.Name);

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
                    ReadGroups();
                }
                return _groups;
            case EventField.ImpersonatedGroups:
                ReadImpersonated();
                return _impersonatedGroups;
            case EventField.SourceIps:
                if (!_sourceIpsRead)
                {
                    _sourceIpsRead = true;
                    if (_sourceIps.Length > 0)
                    {
                        Tolerant(() =>
                        {
                            var r = Reader(_sourceIps);
                            r.Read();
                            ReadStrings(ref r, _sourceIpList);
                        });
                    }
                }
                return _sourceIpList;
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
                    Tolerant(ReadCode);
                }
            }
            return _code;
        }
    }

    private void ReadCode()
    {
        var r = Reader(_responseStatus);
        r.Read();
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return;
        }
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

    private (JsonDocument?, IBodyNode?) Parse(Span at)
    {
        if (at.Length == 0)
        {
            return (null, null);
        }
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(_json.Slice(at.Start, at.Length), ReadLimits.DocumentOptions);
        }
        catch (JsonException)
        {
            return (null, null);
        }
        return doc.RootElement.ValueKind == JsonValueKind.Null ? (doc, null) : (doc, new JsonBodyNode(doc.RootElement));
    }

    /// <summary>user.groups, tolerating what is not JSON inside (see <see cref="Tolerant"/>), without a closure: every event reads them.</summary>
    private void ReadGroups()
    {
        if (_groupsAt.Length == 0 || (UseFastScan && TryReadPlainStrings(_groupsAt, _groups)))
        {
            return;
        }
        _groups.Clear();
        try
        {
            var r = Reader(_groupsAt);
            r.Read();
            ReadStrings(ref r, _groups);
        }
        catch (JsonException)
        {
        }
    }

    /// <summary>
    /// A list of plain strings (no escapes, no control characters), as every log writes groups, read without
    /// a JSON reader: one search per string. False for anything else, which the reader then reads as before.
    /// </summary>
    private bool TryReadPlainStrings(Span at, List<string> into)
    {
        var list = _json.Span.Slice(at.Start, at.Length);
        var i = SkipSpace(list, 1);
        if (i < list.Length && list[i] == ']')
        {
            return i == list.Length - 1;
        }
        while (i < list.Length && list[i] == '"')
        {
            var content = list.Slice(i + 1);
            var end = content.IndexOfAny((byte)'"', (byte)'\\');
            if (end < 0 || content[end] != '"' || content.Slice(0, end).IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
            {
                return false;
            }
            into.Add(_pool.Get(content.Slice(0, end)));
            i = SkipSpace(list, i + end + 2);
            if (i < list.Length && list[i] == ']')
            {
                return i == list.Length - 1;
            }
            if (i >= list.Length || list[i] != ',')
            {
                return false;
            }
            i = SkipSpace(list, i + 1);
        }
        return false;
    }

    private static int SkipSpace(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length && s[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }
        return i;
    }

    private string ReadImpersonated()
    {
        if (!_impersonatedRead)
        {
            _impersonatedRead = true;
            _impersonatedName = "";
            if (_impersonated.Length > 0)
            {
                Tolerant(ReadImpersonatedUser);
            }
        }
        return _impersonatedName!;
    }

    private void ReadImpersonatedUser()
    {
        var r = Reader(_impersonated);
        r.Read();
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return;
        }
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

    private string Annotation(string key)
    {
        var value = "";
        if (_annotations.Length > 0)
        {
            Tolerant(() => value = ReadAnnotation(key));
        }
        return value;
    }

    private string ReadAnnotation(string key)
    {
        var r = Reader(_annotations);
        r.Read();
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return "";
        }
        var utf8Key = Encoding.UTF8.GetBytes(key);
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

    /// <summary>
    /// Reads a member the fast scan checked only for structure: if it is not JSON inside, what was read of it
    /// stands and the rest is absent (no rule may throw on a log line; user and objectRef are checked in Load).
    /// </summary>
    private static void Tolerant(Action read)
    {
        try
        {
            read();
        }
        catch (JsonException)
        {
        }
    }

    private Utf8JsonReader Reader(Span at) => new(_json.Span.Slice(at.Start, at.Length), ReadLimits.JsonOptions);

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

    private void ClearLazy()
    {
        _auditIdText = _requestUriText = _userAgentText = _impersonatedName = null;
        _usernameText = _resourceText = _subresourceText = _namespaceText = _apiGroupText = _nameText = null;
        _groups.Clear();
        _sourceIpList.Clear();
        _impersonatedGroups.Clear();
        _groupsRead = _sourceIpsRead = _impersonatedRead = _codeRead = _requestBodyRead = _responseBodyRead = false;
        _code = null;
        _requestBody = _responseBody = null;
        _requestDocument?.Dispose();
        _responseDocument?.Dispose();
        _requestDocument = _responseDocument = null;
    }
}
