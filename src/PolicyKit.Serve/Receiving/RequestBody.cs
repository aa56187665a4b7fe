using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PolicyKit.Events.Input;

namespace PolicyKit.Serve.Receiving;

/// <summary>
/// Reads a webhook request's body whole, within the limits: JSON only (415 otherwise), gzip when the
/// Content-Encoding says so, checked (a truncated or corrupt gzip body is 400, never a shorter batch),
/// and no bigger than the limits as sent and as unpacked (413).
/// </summary>
internal static class RequestBody
{
    public static async Task<PooledBuffer> ReadAsync(HttpRequest request, ReceiverLimits limits, CancellationToken cancel)
    {
        if (!IsJson(request.ContentType))
        {
            throw new BatchRejection(StatusCodes.Status415UnsupportedMediaType, "content_type",
                $"Content-Type is \"{request.ContentType}\"; the audit webhook sends application/json");
        }
        var encoding = request.Headers.ContentEncoding.ToString();
        var gzip = encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase);
        if (!gzip && encoding.Length > 0 && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            throw new BatchRejection(StatusCodes.Status415UnsupportedMediaType, "content_encoding", $"Content-Encoding \"{encoding}\" is not supported (gzip or none)");
        }
        if (request.ContentLength > limits.MaxRequestBytes)
        {
            throw TooLarge(limits.MaxRequestBytes, "request body");
        }
        var raw = new PooledBuffer(limits.MaxRequestBytes);
        try
        {
            await raw.FillAsync(request.Body, cancel).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex)
        {
            raw.Dispose();
            throw new BatchRejection(ex.StatusCode, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "too_large" : "bad_request", ex.Message);
        }
        if (raw.TooLarge)
        {
            raw.Dispose();
            throw TooLarge(limits.MaxRequestBytes, "request body");
        }
        if (!gzip)
        {
            return raw;
        }
        using (raw)
        {
            return Gunzip(raw, limits.MaxBodyBytes);
        }
    }

    private static PooledBuffer Gunzip(PooledBuffer raw, long limit)
    {
        var span = raw.Memory.Span;
        if (span.Length < 2 || span[0] != 0x1f || span[1] != 0x8b)
        {
            throw new BatchRejection(StatusCodes.Status400BadRequest, "bad_gzip", "Content-Encoding is gzip but the body is not gzip data");
        }
        var body = new PooledBuffer(limit);
        try
        {
            using var unpacked = CompressedInput.Decompress(raw.AsStream(), "request body");
            body.Fill(unpacked);
        }
        catch (CorruptInputException ex)
        {
            body.Dispose();
            throw new BatchRejection(StatusCodes.Status400BadRequest, "bad_gzip", ex.Message);
        }
        if (body.TooLarge)
        {
            body.Dispose();
            throw TooLarge(limit, "body once unpacked");
        }
        return body;
    }

    private static bool IsJson(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }
        var semicolon = contentType.IndexOf(';');
        var media = (semicolon < 0 ? contentType : contentType.Substring(0, semicolon)).Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase);
    }

    private static BatchRejection TooLarge(long limit, string what)
        => new(StatusCodes.Status413PayloadTooLarge, "too_large", $"the {what} is larger than {limit:N0} bytes");
}
