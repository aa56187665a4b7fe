using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PolicyKit.Events.Replay.Reports;

/// <summary>A horizontal bar chart as inline SVG (no script, no external file): one labelled bar per value, scaled to the largest.</summary>
internal static class SvgBarChart
{
    private const int LabelWidth = 260, BarWidth = 420, ValueWidth = 220, RowHeight = 22;

    public static void Write(StringBuilder html, string title, IReadOnlyList<(string Label, long Value, string Text)> bars, string color)
    {
        var height = bars.Count * RowHeight + 8;
        var max = bars.Count == 0 ? 1 : System.Math.Max(1, bars.Max(b => b.Value));
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{LabelWidth + BarWidth + ValueWidth}\" height=\"{height}\" viewBox=\"0 0 {LabelWidth + BarWidth + ValueWidth} {height}\">");
        html.Append("<title>").Append(HtmlText.Escape(title)).Append("</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, text) = bars[i];
            var y = 4 + i * RowHeight;
            var width = value <= 0 ? 0 : System.Math.Max(1.0, (double)value / max * BarWidth);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{HtmlText.Escape(Cut(label))}</text>");
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{width:0.#}\" height=\"{RowHeight - 6}\" fill=\"{color}\"><title>{HtmlText.Escape(label)}: {HtmlText.Escape(text)}</title></rect>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + width + 6:0.#}\" y=\"{y + 15}\">{HtmlText.Escape(text)}</text>");
        }
        html.Append("</svg>\n");
    }

    private static string Cut(string label) => label.Length <= 40 ? label : label[..39] + "…";
}
