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
/// event's resource, subresource, verb and stage; only those look further (and only they parse bodies).
/// <see cref="Process"/> first looks at the raw JSON (<see cref="QuickEventScan"/> and each rule's
/// necessary literals) and decodes the event only when some rule may match it. The engine decides
/// matches only; a windowed rule's match becomes an alert in <see cref="WindowedAlerts"/>, which counts
/// each key's matches in log order. Not thread-safe (it reuses buffers): use one engine per thread.
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
    private readonly Utf8StringPool _names = new();

    public DetectionEngine(IEnumerable<DetectionRule> rules, DetectionMode mode = DetectionMode.Compiled, AllowListAdditions? additions = null)
    {
        _rules = rules.ToArray();
        _index = new DetectionIndex(_rules.Select(r => r.Info).ToArray());
        _mode = mode;
        _additions = additions ?? AllowListAdditions.None;
        _literals = _rules.Select(r => DetectionLiterals.Necessary(r.Info.Condition)?.Select(Encoding.UTF8.GetBytes).ToArray()).ToArray();
    }

    public IReadOnlyList<DetectionRule> Rules => _rules;

    /// <summary>How many JSON values <see cref="Process"/> had to decode (the others the prefilter settled).</summary>
    public long FullyRead { get; private set; }

    /// <summary>Turns the raw-JSON prefilter off (tests compare the two paths).</summary>
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
        AuditEvent? view = null;
        using var scope = AllowLists.Use(_additions);
        foreach (var i in _candidates)
        {
            var rule = _rules[i];
            var hit = _mode == DetectionMode.Compiled
                ? rule.Compiled(view ??= new AuditEvent(e))
                : DetectionInterpreter.Matches(rule.Info.Condition, e);
            if (hit)
            {
                matches.Add(rule);
            }
        }
    }

    /// <summary>
    /// Processes one JSON value of a log (an Event, an EventList, or neither): calls <paramref name="onMatches"/>
    /// with each event some rule matches and those rules (a list reused for the next event); events are
    /// counted and problems reported into <paramref name="into"/>.
    /// </summary>
    public void Process(in FramedValue value, EventDecoder decoder, BatchResult into, Action<Utf8AuditEvent, List<DetectionRule>> onMatches)
    {
        if (UsePrefilter && CannotMatch(value.Json))
        {
            into.Events++;
            return;
        }
        FullyRead++;
        // The events of a cloud envelope (EKS, AKS, GKE) are raw event JSON once unwrapped: the same prefilter applies.
        decoder.SkipUnread = UsePrefilter ? _cannotMatch ??= CannotMatch : null;
        decoder.Decode(value, into, e =>
        {
            _matches.Clear();
            Match(e, _matches);
            if (_matches.Count > 0)
            {
                onMatches(e, _matches);
            }
        });
    }

    private Func<ReadOnlyMemory<byte>, bool>? _cannotMatch;

    /// <summary>Whether the raw JSON of an event shows that no rule can match it (so it need not be read).</summary>
    private bool CannotMatch(ReadOnlyMemory<byte> json)
        => QuickEventScan.TryScan(json.Span, out var scan) && IsPlainEvent(ref scan) && !MayMatch(json.Span, ref scan);

    /// <summary>The checks <see cref="Utf8AuditEvent.Load"/> makes, on the scan: anything else takes the full path.</summary>
    private static bool IsPlainEvent(ref QuickEventScan scan)
        => (scan.Kind.SequenceEqual("Event"u8) || (scan.Kind.IsEmpty && scan.HasAuditId))
        && (scan.ApiVersion.IsEmpty || scan.ApiVersion.SequenceEqual("audit.k8s.io/v1"u8) || scan.ApiVersion.SequenceEqual("audit.k8s.io/v1beta1"u8));
    private bool MayMatch(ReadOnlySpan<byte> json, ref QuickEventScan scan)
    {
        if (StageOf(scan.Stage) is not { } stage)
        {
            return false;
        }
        _candidates.Clear();
        _index.Candidates(_names.Get(scan.Resource), _names.Get(scan.Subresource), _names.Get(scan.Verb), stage, _candidates);
        if (_candidates.Count == 0)
        {
            return false;
        }
        if (!LiteralsAppearVerbatim(json))
        {
            return true;
        }
        foreach (var i in _candidates)
        {
            var literals = _literals[i];
            if (literals is null)
            {
                return true;
            }
            foreach (var l in literals)
            {
                if (json.IndexOf(l) >= 0)
                {
                    return true;
                }
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

    private static Stage? StageOf(ReadOnlySpan<byte> stage) => stage.Length switch
    {
        16 when stage.SequenceEqual("ResponseComplete"u8) => Stage.ResponseComplete,
        15 when stage.SequenceEqual("ResponseStarted"u8) => Stage.ResponseStarted,
        15 when stage.SequenceEqual("RequestReceived"u8) => Stage.RequestReceived,
        5 when stage.SequenceEqual("Panic"u8) => Stage.Panic,
        _ => null,
    };
}
