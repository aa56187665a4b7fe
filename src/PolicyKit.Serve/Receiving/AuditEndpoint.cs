using System.Diagnostics;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PolicyKit.Serve.Journal;
using PolicyKit.Serve.Operations;

namespace PolicyKit.Serve.Receiving;

/// <summary>
/// The webhook path: reads and checks the batch, appends it to the journal and answers 200 only once it is durable.
/// A refused batch gets its status (400, 413, 415) and the reason as text, and is counted; a full journal under
/// back-pressure is 503 with Retry-After, which the apiserver's webhook backoff honours by retrying.
/// </summary>
internal sealed class AuditEndpoint(SegmentedJournal journal, ReceiverLimits limits, ServeMetrics metrics, ILogger logger)
{
    /// <summary>Seconds a client is asked to wait when the journal is full.</summary>
    public const int RetryAfterSeconds = 5;

    public async Task HandleAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        metrics.ReceivedBatches.Inc();
        try
        {
            using var body = await RequestBody.ReadAsync(context.Request, limits, context.RequestAborted).ConfigureAwait(false);
            var (events, problem) = EventListCheck.Check(body.Memory.Span, limits.MaxBatchEvents, limits.MaxDepth);
            if (problem is not null)
            {
                throw new BatchRejection(StatusCodes.Status400BadRequest, "malformed", problem);
            }
            metrics.ReceivedEvents.Inc(events);
            if (events > 0)
            {
                // Not cancelled with the request: an append that started completes, and only then is it acknowledged.
                await journal.AppendAsync(body.Memory, events).ConfigureAwait(false);
            }
            metrics.AcknowledgedBatches.Inc();
            metrics.AcknowledgedEvents.Inc(events);
            metrics.AckLatency.Observe(Stopwatch.GetElapsedTime(start).TotalSeconds);
            context.Response.StatusCode = StatusCodes.Status200OK;
        }
        catch (BatchRejection rejection)
        {
            metrics.Rejected.WithLabels(rejection.Label).Inc();
            logger.LogInformation("batch from {Remote} refused ({Status}): {Reason}", context.Connection.RemoteIpAddress, rejection.Status, rejection.Message);
            await Refuse(context, rejection.Status, rejection.Message).ConfigureAwait(false);
        }
        catch (JournalFullException full)
        {
            metrics.Rejected.WithLabels("journal_full").Inc();
            logger.LogWarning("batch refused with 503: {Reason}", full.Message);
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Refuse(context, StatusCodes.Status503ServiceUnavailable, full.Message + " (back-pressure: retry later)").ConfigureAwait(false);
        }
        catch (System.IO.IOException io)
        {
            // The journal's disk failed (full, read-only): nothing was acknowledged, the client retries.
            metrics.Rejected.WithLabels("journal_error").Inc();
            logger.LogError("batch refused with 503: the journal write failed: {Problem}", io.Message);
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Refuse(context, StatusCodes.Status503ServiceUnavailable, "the journal write failed; retry later").ConfigureAwait(false);
        }
        catch (System.OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            metrics.Rejected.WithLabels("aborted").Inc();
        }
    }

    private static Task Refuse(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(reason + "\n");
    }
}
