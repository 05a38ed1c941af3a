using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboards.Provisioning;

/// <summary>A response body that was larger than <see cref="GrafanaSettings.MaxResponseBytes"/>; never retried.</summary>
internal sealed class ResponseTooLargeException(long limit) : Exception($"the answer is larger than the {limit / (1024 * 1024.0):0.#} MiB response limit")
{
    public long Limit { get; } = limit;
}

/// <summary>
/// Reads and decodes response bodies defensively: bounded in size (checked before and while reading), decoded as
/// JSON's UTF-8 unless the Content-Type names another charset .NET knows, and parsed with a depth limit. Every
/// failure is an exception the client turns into one line naming the request.
/// </summary>
internal static class ResponseBody
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 256 };

    /// <summary>The whole body, or <see cref="ResponseTooLargeException"/> as soon as it passes <paramref name="limit"/>.</summary>
    public static async Task<byte[]> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } declared && declared > limit)
        {
            throw new ResponseTooLargeException(limit);
        }
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (content.Headers.ContentLength is { } length)
        {
            // The usual case: one array of the declared size (HttpClient fails a body that ends short of it).
            var body = new byte[length];
            await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
            return body;
        }
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.ToArray();
                }
                if (buffer.Length + read > limit)
                {
                    throw new ResponseTooLargeException(limit);
                }
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The body as JSON; null for an empty body. Throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static JsonNode? Parse(byte[] body, MediaTypeHeaderValue? contentType)
    {
        var charset = contentType?.CharSet?.Trim('"', ' ');
        ReadOnlySpan<byte> utf8 = body;
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }
        string? unknownCharset = null;
        if (!string.IsNullOrEmpty(charset) && !IsUtf8(charset))
        {
            Encoding? encoding = null;
            try
            {
                encoding = Encoding.GetEncoding(charset, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (ArgumentException)
            {
                // Unknown to .NET: JSON is UTF-8 by definition (RFC 8259), so read it as such and say so if that fails.
                unknownCharset = charset;
            }
            if (encoding is not null)
            {
                try
                {
                    utf8 = Encoding.UTF8.GetBytes(encoding.GetString(body));
                }
                catch (DecoderFallbackException)
                {
                    throw new FormatException($"the body is not valid {charset}");
                }
            }
        }
        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(utf8, documentOptions: ParseOptions);
        }
        catch (JsonException e)
        {
            var media = contentType?.MediaType is { } type ? $", Content-Type {type}" : "";
            var why = unknownCharset is not null ? $"unknown charset '{Printable(unknownCharset)}' and not UTF-8 JSON" : "the body is not JSON";
            throw new FormatException($"{why}{media}; {Printable(e.Message)}");
        }
    }

    private static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase) || charset.Equals("ascii", StringComparison.OrdinalIgnoreCase);

    /// <summary>Server-sent text cut short and stripped of control characters, safe for a one-line report.</summary>
    public static string Printable(string text)
    {
        var cut = text.Length > 200 ? text[..200] + "…" : text;
        return new string(cut.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
    }
}
