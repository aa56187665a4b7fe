using System;
using System.Runtime.InteropServices;
using System.Text.Json;
using PolicyKit.Detection;

namespace PolicyKit.Events;

/// <summary>A body node over System.Text.Json's parsed document; strings decode as <see cref="JsonStrings"/> does.</summary>
internal sealed class JsonBodyNode(JsonElement element) : IBodyNode
{
    public BodyNodeKind Kind => element.ValueKind switch
    {
        JsonValueKind.Object => BodyNodeKind.Object,
        JsonValueKind.Array => BodyNodeKind.Array,
        JsonValueKind.String => BodyNodeKind.String,
        JsonValueKind.Number => BodyNodeKind.Number,
        JsonValueKind.True => BodyNodeKind.True,
        JsonValueKind.False => BodyNodeKind.False,
        _ => BodyNodeKind.Null,
    };

    public int Count => element.ValueKind == JsonValueKind.Array ? element.GetArrayLength() : 0;

    public IBodyNode this[int index] => new JsonBodyNode(element[index]);

    public string? String => element.ValueKind == JsonValueKind.String ? Text(element) : null;

    public long? Integer => element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var v) ? v : null;

    public System.Collections.Generic.IReadOnlyList<string> PropertyNames
    {
        get
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return Array.Empty<string>();
            }
            var names = new System.Collections.Generic.List<string>();
            foreach (var p in element.EnumerateObject())
            {
                // Decoded as the values are: p.Name throws on a name that is not valid UTF-8 (a fuzzed ConfigMap key).
                var raw = JsonMarshal.GetRawUtf8PropertyName(p);
                names.Add(JsonStrings.Decode(raw, raw.IndexOf((byte)'\\') >= 0));
            }
            return names;
        }
    }

    public IBodyNode? Property(string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) ? new JsonBodyNode(child) : null;

    /// <summary>The string's raw token (quotes included) decoded without throwing on invalid text.</summary>
    private static string Text(JsonElement e)
    {
        var raw = JsonMarshal.GetRawUtf8Value(e);
        var content = raw.Slice(1, raw.Length - 2);
        return JsonStrings.Decode(content, content.IndexOf((byte)'\\') >= 0);
    }
}
