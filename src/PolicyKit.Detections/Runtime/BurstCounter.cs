using System;
using System.Collections.Generic;
using System.Globalization;
using PolicyKit.Detection;

namespace PolicyKit.Detections.Runtime;

/// <summary>A windowed rule's alert: <see cref="Count"/> matching events for <see cref="Key"/> within the window.</summary>
public sealed record Burst(CountKey CountBy, string Key, int Count, int WindowSeconds)
{
    /// <summary>E.g. "20 matching events for user alice within 60 s".</summary>
    public override string ToString()
        => $"{Count} matching events for {(CountBy == CountKey.User ? "user" : "source IP")} {(Key.Length > 0 ? Key : "(none)")} within {WindowSeconds} s";
}

/// <summary>
/// The state of one windowed rule: per key, the times of its recent matching events. When a key's
/// count within the window reaches the threshold, <see cref="Count"/> returns the burst once; the key
/// then stays quiet until a matching event comes a whole window after the key's previous one.
/// Memory: a key holds fewer than Threshold times (none once it alerted), and every
/// <see cref="SweepEvery"/> counts the keys with no event in the last window are dropped (a dropped
/// key is indistinguishable from a new one), so the state is bounded by the keys active in one window.
/// </summary>
public sealed class BurstCounter
{
    /// <summary>How many counted events between sweeps of idle keys.</summary>
    public const int SweepEvery = 4096;

    private readonly DetectionWindow _window;
    private readonly long _windowTicks;
    private readonly Dictionary<string, KeyState> _keys = new(StringComparer.Ordinal);
    private long _now; // UTC ticks of the newest timestamp seen
    private int _sinceSweep;

    public BurstCounter(DetectionWindow window)
    {
        _window = window;
        _windowTicks = TimeSpan.FromSeconds(window.WindowSeconds).Ticks;
    }

    /// <summary>Keys with state (tests check eviction).</summary>
    public int Keys => _keys.Count;

    /// <summary>
    /// Counts a matching event of <paramref name="key"/> at <paramref name="timestamp"/> (RFC 3339). A
    /// timestamp that is missing, unparseable or older than the newest seen counts as that newest time
    /// ("now"): logs are in time order per apiserver, and an event is never left uncounted.
    /// </summary>
    public Burst? Count(string key, string timestamp)
    {
        if (DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) && time.UtcTicks > _now)
        {
            _now = time.UtcTicks;
        }
        if (++_sinceSweep >= SweepEvery)
        {
            _sinceSweep = 0;
            Sweep();
        }
        if (!_keys.TryGetValue(key, out var state))
        {
            _keys[key] = state = new KeyState();
        }
        var idle = _now - state.Last >= _windowTicks;
        state.Last = _now;
        if (state.Alerted)
        {
            if (!idle)
            {
                return null;
            }
            state.Alerted = false;
        }
        while (state.Times.Count > 0 && _now - state.Times.Peek() >= _windowTicks)
        {
            state.Times.Dequeue();
        }
        state.Times.Enqueue(_now);
        if (state.Times.Count < _window.Threshold)
        {
            return null;
        }
        state.Times.Clear();
        state.Alerted = true;
        return new Burst(_window.CountBy, key, _window.Threshold, _window.WindowSeconds);
    }

    private void Sweep()
    {
        List<string>? idle = null;
        foreach (var pair in _keys)
        {
            if (_now - pair.Value.Last >= _windowTicks)
            {
                (idle ??= new()).Add(pair.Key);
            }
        }
        foreach (var key in idle ?? [])
        {
            _keys.Remove(key);
        }
    }

    private sealed class KeyState
    {
        /// <summary>Times of the matching events in the window, oldest first, while the key has not alerted.</summary>
        public readonly Queue<long> Times = new();

        /// <summary>The time of the key's newest matching event.</summary>
        public long Last;

        public bool Alerted;
    }
}
