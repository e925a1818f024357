using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Touchstone.App.Files;

namespace Touchstone.Web.Infrastructure.Errors;

/// <summary>
/// Request size limits of the upload pages. A page that takes a document declares <see cref="UploadRequestBytes"/> with
/// <c>[RequestSizeLimit]</c> and <c>[RequestFormLimits]</c>: well above the <see cref="UploadPolicy.Documents"/> limit, so that a file
/// just too large reaches the page and is refused there with the policy's message and the form kept. A request beyond the page's
/// limit is answered by <see cref="RequestSizeLimitMiddleware"/> with a 413 before its body is read, shown as the friendly
/// page /Errors/413.
/// </summary>
public static class RequestSizeLimits
{
    /// <summary>30 MB: the request limit of a page with a document upload (the file itself may be 10 MB).</summary>
    public const long UploadRequestBytes = 30 * 1024 * 1024;

    /// <summary>The largest document the upload policy accepts, in whole MB (for the texts).</summary>
    public static long DocumentMegabytes => UploadPolicy.Documents.MaxBytes / (1024 * 1024);

    /// <summary>
    /// Reads an uploaded file into memory, at most one byte beyond the policy's limit: an oversized file is then refused by the
    /// policy (with its message) without being held in full.
    /// </summary>
    public static async Task<byte[]> ReadBoundedAsync(IFormFile file, CancellationToken ct, UploadPolicy? policy = null)
    {
        var limit = (policy ?? UploadPolicy.Documents).MaxBytes + 1;
        using var buffer = new MemoryStream();
        await using var stream = file.OpenReadStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), ct)) > 0)
        {
            await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
        }

        return buffer.ToArray();
    }
}

/// <summary>
/// Answers 413 (shown as /Errors/413) when a request announces a body larger than its endpoint's declared
/// <c>[RequestSizeLimit]</c>, instead of failing half-way through reading the form.
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength is { } length
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null
            && context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } limit
            && length > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
