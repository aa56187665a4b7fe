using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PolicyKit.Detection;
using PolicyKit.Events;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Reading;

namespace PolicyKit.Detections.Runtime;

/// <summary>How the engine decides a rule that the index lets through.</summary>
public enum DetectionMode
{
    /// <summary>The rule's own method, compiled by C# (the default).</summary>
    Compiled,

    /// <summary>The rule's IR through <see cref="DetectionInterpreter"/>.</summary>
    Interpreted,
}

/// <summary>
/// Runs a set of rules over events, one pass per event: the index picks the rules that can match the
/// event's resource, subresource, verb and stage; of those, a rule whose necessary literals
/// (<see cref="DetectionLiterals"/>) are all absent from the event's raw JSON is not run; only the rest
/// look further (and only they parse bodies). The engine decides matches only; a windowed rule's match
/// becomes an alert in <see cref="WindowedAlerts"/>, which counts each key's matches in log order.
/// Not thread-safe (it reuses buffers): use one engine per thread.
/// </summary>
public sealed class DetectionEngine
{
    private readonly DetectionRule[] _rules;
    private readonly DetectionIndex _index;
    private readonly DetectionMode _mode;
    private readonly AllowListAdditions _additions;
    private readonly byte[][]?[] _literals;
    private readonly List<int> _candidates = new();
    private readonly List<DetectionRule> _matches = new();
    private Action<Utf8AuditEvent>? _onEvent;
    private Action<Utf8AuditEvent, List<DetectionRule>>? _onMatches;

    public DetectionEngine(IEnumerable<DetectionRule> rules, DetectionMode mode = DetectionMode.Compiled, AllowListAdditions? additions = null)
    {
        _rules = rules.ToArray();
        _index = new DetectionIndex(_rules.Select(r => r.Info).ToArray());
        _mode = mode;
        _additions = additions ?? AllowListAdditions.None;
        _literals = _rules.Select(r => DetectionLiterals.Necessary(r.Info.Condition)?.Select(Encoding.UTF8.GetBytes).ToArray()).ToArray();
    }

    public IReadOnlyList<DetectionRule> Rules => _rules;

    /// <summary>How many events some rule ran on (the others the index and the literals settled).</summary>
    public long FullyRead { get; private set; }

    /// <summary>Turns the raw-JSON literal check off (tests compare the two paths).</summary>
    public bool UsePrefilter { get; init; } = true;

    /// <summary>Adds the rules the event matches to <paramref name="matches"/>, in rule order.</summary>
    public void Match(Utf8AuditEvent e, List<DetectionRule> matches)
    {
        if (e.Stage is not { } stage)
        {
            return;
        }
        _candidates.Clear();
        _index.Candidates(e.Resource, e.Subresource, e.Verb, stage, _candidates);
        if (_candidates.Count == 0)
        {
            return;
        }
        var json = e.Json.Span;
        var checkLiterals = UsePrefilter && LiteralsAppearVerbatim(json);
        AuditEvent? view = null;
        var ran = false;
        using var scope = AllowLists.Use(_additions);
        foreach (var i in _candidates)
        {
            if (checkLiterals && _literals[i] is { } literals && !AnyIn(json, literals))
            {
                continue;
            }
            ran = true;
            var rule = _rules[i];
            var hit = _mode == DetectionMode.Compiled
                ? rule.Compiled(view ??= new AuditEvent(e))
                : DetectionInterpreter.Matches(rule.Info.Condition, e);
            // Exceptions are data, not code: one check after either path, so the two agree.
            if (hit && (rule.Info.Exceptions.IsEmpty || ExceptionMatcher.FirstMet(rule.Info.Exceptions, e) is null))
            {
                matches.Add(rule);
            }
        }
        FullyRead += ran ? 1 : 0;
    }

    /// <summary>
    /// Processes one JSON value of a log (an Event, an EventList, or neither): calls <paramref name="onMatches"/>
    /// with each event some rule matches and those rules (a list reused for the next event); events are
    /// counted and problems reported into <paramref name="into"/>.
    /// </summary>
    public void Process(in FramedValue value, EventDecoder decoder, BatchResult into, Action<Utf8AuditEvent, List<DetectionRule>> onMatches)
    {
        _onMatches = onMatches;
        decoder.Decode(value, into, _onEvent ??= OnEvent);
    }

    private void OnEvent(Utf8AuditEvent e)
    {
        _matches.Clear();
        Match(e, _matches);
        if (_matches.Count > 0)
        {
            _onMatches!(e, _matches);
        }
    }

    private static bool AnyIn(ReadOnlySpan<byte> json, byte[][] literals)
    {
        foreach (var l in literals)
        {
            if (json.IndexOf(l) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether every literal character appears as itself: escapes of quotes, backslashes and control
    /// characters are harmless (literals hold none), and so are Go's HTML-safe \u003c, \u003e, \u0026,
    /// \u2028 and \u2029 (literals hold none of those either); any other \u or a \/ could hide a literal.
    /// </summary>
    private static bool LiteralsAppearVerbatim(ReadOnlySpan<byte> json)
    {
        var i = json.IndexOf((byte)'\\');
        while (i >= 0 && i + 1 < json.Length)
        {
            var next = json[i + 1];
            if (next == '/')
            {
                return false;
            }
            if (next == 'u')
            {
                if (i + 6 > json.Length || !System.Buffers.Text.Utf8Parser.TryParse(json.Slice(i + 2, 4), out ushort code, out var used, 'x') || used != 4
                    || !(code < 0x20 || code is 0x3c or 0x3e or 0x26 or 0x2028 or 0x2029))
                {
                    return false;
                }
            }
            var rest = json.Slice(i + 2).IndexOf((byte)'\\');
            i = rest < 0 ? -1 : i + 2 + rest;
        }
        return true;
    }
}
