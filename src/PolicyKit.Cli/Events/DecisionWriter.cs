using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using PolicyKit.Events;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Reading;

namespace PolicyKit.Cli.Events;

/// <summary>
/// evaluate's worker: decides each event's request with the policy and writes one JSON line,
/// <c>{"auditID":"...","level":"Metadata","omitStages":["RequestReceived"],"omitManagedFields":false,"rule":3}</c>.
/// A policy makes few distinct decisions, so each one's text is made once; the auditID is copied from the
/// input as it is (it is JSON text already) unless it is not valid UTF-8.
/// </summary>
internal sealed class DecisionWriter(Func<AuditRequest, AuditDecision> decide) : IEventWorker<BatchResult>
{
    private readonly EventDecoder _decoder = new();
    private readonly Dictionary<AuditDecision, byte[]> _decisions = new();
    private readonly ArrayBufferWriter<byte> _scratch = new();
    private readonly RuleTail?[] _byRule = new RuleTail?[256];
    private BatchResult? _into;
    private Action<Utf8AuditEvent>? _onEvent;

    public void Process(in FramedValue value, BatchResult into)
    {
        _into = into;
        _decoder.Decode(value, into, _onEvent ??= Write);
    }

    private void Write(Utf8AuditEvent e)
    {
        var output = _into!.Output;
        output.Write("{\"auditID\":"u8);
        if (!e.HasAuditId)
        {
            output.Write("null"u8);
        }
        else if (e.AuditIdJson is { IsEmpty: false } raw && Utf8.IsValid(raw))
        {
            output.Write("\""u8);
            output.Write(raw);
            output.Write("\""u8);
        }
        else
        {
            WriteString(output, e.AuditId);
        }
        output.Write(Tail(decide(e.ToRequest())));
    }

    /// <summary>Everything after the auditID, for one decision.</summary>
    private byte[] Tail(AuditDecision decision)
    {
        // A rule decides the same way every time: its slot is tried before the dictionary.
        var slot = decision.RuleIndex + 1;
        if ((uint)slot < (uint)_byRule.Length && _byRule[slot] is { } known && known.Decision == decision)
        {
            return known.Tail;
        }
        if (_decisions.TryGetValue(decision, out var tail))
        {
            return tail;
        }
        var text = new StringBuilder();
        text.Append(",\"level\":\"").Append(decision.Level.ToName()).Append("\",\"omitStages\":[");
        var first = true;
        foreach (var stage in decision.OmitStages.Enumerate())
        {
            text.Append(first ? "\"" : ",\"").Append(stage.ToName()).Append('"');
            first = false;
        }
        text.Append("],\"omitManagedFields\":").Append(decision.OmitManagedFields ? "true" : "false");
        text.Append(",\"rule\":").Append(decision.Rule is { } rule ? rule.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null").Append("}\n");
        tail = _decisions[decision] = Encoding.UTF8.GetBytes(text.ToString());
        if ((uint)slot < (uint)_byRule.Length)
        {
            _byRule[slot] = new RuleTail(decision, tail);
        }
        return tail;
    }

    private void WriteString(IBufferWriter<byte> output, string value)
    {
        _scratch.Clear();
        using (var json = new Utf8JsonWriter(_scratch))
        {
            json.WriteStringValue(value);
        }
        output.Write(_scratch.WrittenSpan);
    }

    private sealed record RuleTail(AuditDecision Decision, byte[] Tail);
}
