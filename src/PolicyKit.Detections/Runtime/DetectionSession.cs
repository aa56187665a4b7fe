using System;
using System.Collections.Generic;
using PolicyKit.Detection;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Reading;

namespace PolicyKit.Detections.Runtime;

/// <summary>
/// Detection on one thread, value by value: an engine, a decoder and the windowed rules' counts. For
/// tests, tools and services that feed events one at a time; <c>policykit detect</c> spreads the same
/// parts over the cores (engines in the workers, <see cref="WindowedAlerts"/> where results merge).
/// </summary>
public sealed class DetectionSession
{
    private readonly EventDecoder _decoder = new();
    private readonly WindowedAlerts _windows;
    private readonly BatchResult _result = new();

    public DetectionSession(IEnumerable<DetectionRule> rules, DetectionMode mode = DetectionMode.Compiled, AllowListAdditions? additions = null, bool usePrefilter = true)
    {
        Engine = new DetectionEngine(rules, mode, additions) { UsePrefilter = usePrefilter };
        _windows = new WindowedAlerts(Engine.Rules);
        _result.Input = Events.Input.LogInput.File("(json)");
    }

    public DetectionEngine Engine { get; }

    /// <summary>Processes one JSON value: alerts to <paramref name="onAlert"/>; returns the events read and the problems.</summary>
    public (long Events, IReadOnlyList<ReadProblem> Problems) Process(ReadOnlyMemory<byte> json, Action<DetectionAlert> onAlert)
    {
        _result.Clear();
        Engine.Process(new FramedValue(json, 1, null, IsWholeLine: true), _decoder, _result, (e, matches) =>
        {
            foreach (var rule in matches)
            {
                if (_windows.Raise(WindowedAlerts.Matched(rule, e)) is { } alert)
                {
                    onAlert(alert);
                }
            }
        });
        return (_result.Events, _result.Problems);
    }
}
