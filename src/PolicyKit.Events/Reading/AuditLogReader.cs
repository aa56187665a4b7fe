using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PolicyKit.Events.Formats;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;

namespace PolicyKit.Events.Reading;

/// <summary>
/// The one read loop over audit logs, for every command that reads events. Inputs are read in order;
/// one thread frames values into batches, workers process batches on every core, and results are
/// merged on the calling thread in input order, so output is the same for any number of workers.
/// Live input (stdin) is processed as it arrives, on the calling thread.
/// </summary>
public static class AuditLogReader
{
    /// <param name="inputs">The logs, in reading order.</param>
    /// <param name="options">Limits and threads.</param>
    /// <param name="createWorker">Makes one worker per thread.</param>
    /// <param name="merge">Called on the calling thread with each batch's result, in input order; the result is reused after it returns.</param>
    public static ReadSummary Read<TResult>(IReadOnlyList<LogInput> inputs, EventReadOptions options, Func<IEventWorker<TResult>> createWorker, Action<TResult> merge)
        where TResult : BatchResult, new()
    {
        var summary = new ReadSummary();
        void Merge(TResult r)
        {
            summary.Add(r);
            merge(r);
        }
        if (options.Workers <= 1 || inputs.Any(i => i.IsLive))
        {
            ReadSerially(inputs, options, createWorker(), Merge);
        }
        else
        {
            ReadInParallel(inputs, options, createWorker, Merge);
        }
        return summary;
    }

    private static void ReadSerially<TResult>(IReadOnlyList<LogInput> inputs, EventReadOptions options, IEventWorker<TResult> worker, Action<TResult> merge)
        where TResult : BatchResult, new()
    {
        var result = new TResult();
        foreach (var input in inputs)
        {
            result.Clear();
            result.Input = input;
            result.Format = options.Format;
            long mergedBytes = 0;
            JsonValueFramer? framer = null;
            void MergeSoFar()
            {
                result.Bytes = (framer?.BytesRead ?? 0) - mergedBytes;
                mergedBytes += result.Bytes;
                merge(result);
                result.Clear();
                result.Input = input;
            }
            Action? idle = input.IsLive ? () =>
            {
                MergeSoFar();
                options.OnIdle?.Invoke();
            } : null;
            try
            {
                using var stream = input.Open();
                framer = new JsonValueFramer(stream, options.MaxValueBytes, idle);
                while (framer.TryRead(out var value))
                {
                    if (value.Error is not null)
                    {
                        result.Report(value.Line, value.Error);
                    }
                    else
                    {
                        result.Format = Recognise(result.Format, value);
                        worker.Process(value, result);
                    }
                    if (result.Output.WrittenCount >= options.BatchBytes || result.Problems.Count >= 256)
                    {
                        MergeSoFar();
                    }
                }
            }
            catch (Exception ex) when (IsInputFailure(ex))
            {
                result.ReportInputFailure(FailureMessage(ex, framer));
            }
            MergeSoFar();
        }
    }

    private static void ReadInParallel<TResult>(IReadOnlyList<LogInput> inputs, EventReadOptions options, Func<IEventWorker<TResult>> createWorker, Action<TResult> merge)
        where TResult : BatchResult, new()
    {
        var workers = options.Workers;
        using var cancel = new CancellationTokenSource();
        using var work = new BlockingCollection<ValueBatch<TResult>>(workers * 2);
        using var ordered = new BlockingCollection<ValueBatch<TResult>>(workers * 4);
        var free = new ConcurrentBag<ValueBatch<TResult>>();
        ValueBatch<TResult> Take() => free.TryTake(out var b) ? b : new ValueBatch<TResult>();
        void Submit(ValueBatch<TResult> b)
        {
            ordered.Add(b, cancel.Token);
            work.Add(b, cancel.Token);
        }

        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    var format = options.Format;
                    var batch = Take();
                    batch.Start(input, format);
                    JsonValueFramer? framer = null;
                    long submitted = 0;
                    void SubmitAndStartNext()
                    {
                        batch.Result.Bytes = framer!.BytesRead - submitted;
                        submitted = framer.BytesRead;
                        Submit(batch);
                        batch = Take();
                        batch.Start(input, format);
                    }
                    try
                    {
                        using var stream = input.Open();
                        framer = new JsonValueFramer(stream, options.MaxValueBytes);
                        while (framer.TryRead(out var value))
                        {
                            if (format == InputFormat.Auto && Recognise(format, value) is not InputFormat.Auto and var found)
                            {
                                // Values before the first of a known shape stay in a batch of no known format, read
                                // as a serial read reads them; this value starts the batches of its format.
                                format = found;
                                if (batch.Count > 0)
                                {
                                    SubmitAndStartNext();
                                }
                                batch.Result.Format = format;
                            }
                            batch.Add(value);
                            if (batch.Bytes >= options.BatchBytes || batch.Count >= 8192)
                            {
                                SubmitAndStartNext();
                            }
                        }
                    }
                    catch (Exception ex) when (IsInputFailure(ex))
                    {
                        batch.Result.ReportInputFailure(FailureMessage(ex, framer));
                    }
                    batch.Result.Bytes = (framer?.BytesRead ?? 0) - submitted;
                    Submit(batch);
                }
            }
            finally
            {
                ordered.CompleteAdding();
                work.CompleteAdding();
            }
        }, cancel.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var pool = Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(() =>
        {
            var worker = createWorker();
            foreach (var batch in work.GetConsumingEnumerable(cancel.Token))
            {
                try
                {
                    batch.Process(worker);
                }
                catch (Exception ex)
                {
                    batch.Failure = ex;
                }
                batch.Done.Set();
            }
        }, cancel.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        try
        {
            foreach (var batch in ordered.GetConsumingEnumerable(cancel.Token))
            {
                batch.Done.Wait(cancel.Token);
                if (batch.Failure is { } failure)
                {
                    throw new AggregateException(failure).Flatten().InnerException!;
                }
                merge(batch.Result);
                free.Add(batch);
            }
            reader.GetAwaiter().GetResult();
        }
        catch
        {
            cancel.Cancel();
            try
            {
                Task.WaitAll([reader, .. pool]);
            }
            catch (AggregateException)
            {
                // Cancelled on purpose: the merge's own exception is the one to report.
            }
            throw;
        }
        Task.WaitAll(pool);
    }

    /// <summary>
    /// The input's format: as it is once known, else the shape of this value when it has a known one (an EventList's
    /// by its own members: its items are many, and each is read and reported by the decoder).
    /// </summary>
    private static InputFormat Recognise(InputFormat format, in FramedValue value)
        => format != InputFormat.Auto || value.Error is not null ? format
            : FormatDetector.DetectValue(value.Items is { } items ? items.Outline(value.Json.Span) : value.Json.Span).Shape.Format();

    private static bool IsInputFailure(Exception ex) => ex is EventInputException or InvalidDataException or IOException or UnauthorizedAccessException;

    private static string FailureMessage(Exception ex, JsonValueFramer? framer) => ex switch
    {
        EventInputException => ex.Message,
        CorruptInputException => $"{ex.Message}; events before it were read, the rest of this input is lost",
        _ => $"cannot read further{(framer is null ? "" : $" than {framer.BytesRead:N0} bytes")}: {ex.Message}",
    };
}
