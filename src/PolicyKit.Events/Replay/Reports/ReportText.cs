using System;
using System.Globalization;

namespace PolicyKit.Events.Replay.Reports;

/// <summary>Numbers, sizes, spans and prices spelled the same in every format of the report.</summary>
public static class ReportText
{
    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Bytes in decimal units (GB as priced by the clouds).</summary>
    public static string Bytes(long bytes)
    {
        var abs = Math.Abs((double)bytes);
        var (value, unit) = abs >= 1e9 ? (bytes / 1e9, "GB") : abs >= 1e6 ? (bytes / 1e6, "MB") : abs >= 1e3 ? (bytes / 1e3, "kB") : (bytes, "B");
        return unit == "B" ? $"{bytes} B" : value.ToString("0.##", CultureInfo.InvariantCulture) + " " + unit;
    }

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string GbPerDay(double gb) => gb.ToString(gb < 10 ? "0.###" : "0.#", CultureInfo.InvariantCulture) + " GB/day";

    public static string Dollars(double dollars) => (dollars < 0 ? "-$" : "$") + Math.Abs(dollars).ToString("N2", CultureInfo.InvariantCulture);

    public static string Span(TimeSpan span)
        => span.TotalDays >= 1 ? $"{(int)span.TotalDays}d {span.Hours}h {span.Minutes}m"
            : span.TotalHours >= 1 ? $"{(int)span.TotalHours}h {span.Minutes}m {span.Seconds}s"
            : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes}m {span.Seconds}s" : $"{span.Seconds}s";

    public static string Stage(int slot) => slot < 4 ? ((PolicyKit.Stage)slot).ToName() : "other";

    /// <summary>The projection of some bytes: "12.3 GB/day, $/month: Google $1.00, ..." or why there is none.</summary>
    public static string Projection(SimulationReport report, long bytes)
    {
        if (report.Projection.GbPerDay(bytes) is not { } perDay)
        {
            return "no projection: the log's events span less than a second";
        }
        var text = new System.Text.StringBuilder(GbPerDay(perDay)).Append("; per month (30 days):");
        var first = true;
        foreach (var price in report.Prices)
        {
            text.Append(first ? " " : ", ").Append(price.Provider).Append(' ').Append(Dollars(report.Projection.DollarsPerMonth(bytes, price.PerGb)!.Value));
            first = false;
        }
        return text.ToString();
    }

    /// <summary>The sentence that goes with any estimated number.</summary>
    public static string EstimateNote(SimulationReport report)
        => $"estimated: the log is at a lower level than some rules ask for; the bodies it lacks are estimated per resource and verb from the size model learned from {report.Model.Source}";

    public static string Window(SimulationReport report)
        => report.Tally.First is { } first && report.Tally.Last is { } last
            ? $"{first.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} to {last.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} ({Span(report.Projection.Span)})"
            : "no requestReceivedTimestamp";
}
