using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyKit.Events.Formats;

/// <summary>
/// Turns one cloud envelope into the audit.k8s.io/v1 events it holds, one at a time, into a reused buffer:
/// EKS and AKS carry the event JSON as a string (unescaped here); GKE entries and AKSAudit rows are mapped
/// field by field. One per thread (the buffers are reused).
/// </summary>
internal sealed class EnvelopeReader
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Bodies are copied as they are: no \u-escaping of what the apiserver wrote plainly, and as deep as they are read.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = ReadLimits.MaxDepth + 8,
        SkipValidation = true,
    };

    private readonly ArrayBufferWriter<byte> _scratch = new(1 << 16);
    private readonly Utf8JsonWriter _writer;
    private readonly GkeEntryScan _gke = new();

    public EnvelopeReader() => _writer = new Utf8JsonWriter(_scratch, WriterOptions);

    /// <summary>
    /// One EKS or AKS record, or one GKE LogEntry, of an input of that format, the fast way; false, with
    /// nothing handed over, when the value is anything else and needs the general path.
    /// </summary>
    public bool TryReadRecord(ReadOnlyMemory<byte> value, long line, InputFormat format, IEnvelopeSink sink) => format switch
    {
        InputFormat.Eks => RecordScan.TryRead(value, line, EnvelopeShape.EksRecord, _scratch, sink),
        InputFormat.Aks => RecordScan.TryRead(value, line, EnvelopeShape.AksRecord, _scratch, sink),
        InputFormat.Gke => TryMapEntry(value, line, sink),
        _ => false,
    };

    /// <summary>One GKE LogEntry without bodies, mapped the fast way (<see cref="GkeEntryScan"/>).</summary>
    private bool TryMapEntry(ReadOnlyMemory<byte> value, long line, IEnvelopeSink sink)
    {
        _scratch.ResetWrittenCount();
        _writer.Reset(_scratch);
        if (!_gke.TryMap(value.Span, _writer))
        {
            return false;
        }
        _writer.Flush();
        sink.Event(_scratch.WrittenMemory, line, EnvelopeShape.GkeLogEntry.Describe());
        return true;
    }

    /// <summary>Reads one valid JSON value of <paramref name="shape"/> (a shape of a cloud format).</summary>
    public void Read(ReadOnlyMemory<byte> value, long line, EnvelopeShape shape, IEnvelopeSink sink)
    {
        switch (shape)
        {
            case EnvelopeShape.EksRecord or EnvelopeShape.EksSubscription or EnvelopeShape.EksCliOutput:
                EksRecords.Read(value, line, shape, _scratch, sink);
                break;
            case EnvelopeShape.AksRecords or EnvelopeShape.AksRecord:
                AksRecords.Read(value, line, shape, _scratch, sink);
                break;
            case EnvelopeShape.GkeLogEntry or EnvelopeShape.GkeBigQueryRow or EnvelopeShape.AksAuditRow:
                Map(value, line, shape, sink);
                break;
        }
    }

    private void Map(ReadOnlyMemory<byte> value, long line, EnvelopeShape shape, IEnvelopeSink sink)
    {
        _scratch.Clear();
        _writer.Reset(_scratch);
        string? problem;
        try
        {
            using var document = JsonDocument.Parse(value, ReadLimits.DocumentOptions);
            problem = shape == EnvelopeShape.AksAuditRow
                ? AksAuditRow.Map(document.RootElement, _writer)
                : GkeLogEntry.Map(document.RootElement, shape == EnvelopeShape.GkeBigQueryRow, _writer);
            _writer.Flush();
        }
        catch (FormatException ex)
        {
            problem = ex.Message;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Text System.Text.Json will not hand out (invalid UTF-8, lone surrogates in a field read) or a body not JSON.
            problem = $"cannot be read: {ex.Message}";
        }
        if (problem is not null)
        {
            sink.Problem(line, $"{shape.Describe()}: {problem}");
            return;
        }
        sink.Event(_scratch.WrittenMemory, line, shape.Describe());
    }
}
