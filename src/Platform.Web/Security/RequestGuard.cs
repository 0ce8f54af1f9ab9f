using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Files;
using Platform.Core.Forms;
using Platform.Core.Localization;
using Platform.Core.Settings;

namespace Platform.Web.Security;

/// <summary>
/// Input a page must never see, answered with a status and a message instead of a fault: TRACE (405), a body or form
/// over the limits (413), a malformed form (400), a NUL character anywhere in the query or the form (400 —
/// PostgreSQL cannot store it and would fail with "invalid byte sequence"), and any bound text longer than its field
/// allows (<see cref="TextLimitFilter"/>, 400).
/// </summary>
internal static class RequestGuard
{
    /// <summary>The largest request body, uploads included, unless <c>Security:MaxRequestMegabytes</c> says otherwise.</summary>
    public const int DefaultMaxRequestMegabytes = 100;

    /// <summary>The largest single form value: far above any field's own limit, far below what would strain memory.</summary>
    public const int MaxFormValueLength = 1024 * 1024;

    public static readonly Message TooLarge = new(
        $"Tệp lớn hơn {UploadPolicy.MaxBytes / 1024 / 1024} MB hoặc nội dung gửi lên quá lớn: mỗi tệp tối đa {UploadPolicy.MaxBytes / 1024 / 1024} MB.",
        $"The file is larger than {UploadPolicy.MaxBytes / 1024 / 1024} MB or what was sent is too large: at most {UploadPolicy.MaxBytes / 1024 / 1024} MB per file.");

    public static readonly Message Malformed = new(
        "Biểu mẫu gửi lên không đọc được. Hãy tải lại trang và gửi lại.",
        "The form sent could not be read. Reload the page and send it again.");

    public static readonly Message NulCharacter = new(
        "Nội dung gửi lên có ký tự không hợp lệ (NUL). Hãy xóa ký tự đó và gửi lại.",
        "What was sent holds an invalid character (NUL). Remove it and send again.");

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        var megabytes = builder.Configuration.ReadSettings<HostSecurityOptions>(HostSecurityOptions.Section).MaxRequestMegabytes;
        long maxBytes = megabytes * 1024L * 1024L;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBytes);
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = maxBytes;
            form.ValueLengthLimit = MaxFormValueLength;
        });
        builder.Services.Configure<MvcOptions>(mvc => mvc.Filters.Add(new TextLimitFilter()));
        return builder;
    }

    /// <summary>After authorisation, so that a form is read only for a user the page admits.</summary>
    public static WebApplication UseRequestGuard(this WebApplication app)
    {
        app.Use(GuardAsync);
        return app;
    }

    private static async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        // The error page a refused request is re-executed as must not refuse it again.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        if (HttpMethods.IsTrace(context.Request.Method) || context.Request.Method.Equals("TRACK", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD, POST";
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Phương thức không được hỗ trợ. / Method not allowed.\n", context.RequestAborted);
            return;
        }

        var refusal = await ReadFormAsync(context);
        refusal ??= HasNul(context.Request.Query) || (context.Request.HasFormContentType && HasNul(context.Request.Form))
            ? (StatusCodes.Status400BadRequest, NulCharacter)
            : null;
        if (refusal is { } refused)
        {
            var (status, why) = refused;
            RequestRefusal.Set(context, why);
            context.Response.StatusCode = status;
            return;
        }

        await next(context);
    }

    /// <summary>Reads the form now, so that a body over the limit or a broken multipart is answered here, not as a fault.</summary>
    private static async Task<(int, Message)?> ReadFormAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        // A URL-encoded form is kept so that, if it cannot be read, the reason can be told: the reader refuses %00.
        var encoded = context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        if (encoded)
        {
            context.Request.EnableBuffering();
        }

        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            // The error page reads the form too: give it an empty one rather than the broken body.
            context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            var tooLarge = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                || (e is InvalidDataException && e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase));
            return tooLarge ? (StatusCodes.Status413PayloadTooLarge, TooLarge)
                : encoded && await HoldsEncodedNulAsync(context.Request) ? (StatusCodes.Status400BadRequest, NulCharacter)
                : (StatusCodes.Status400BadRequest, Malformed);
        }
    }

    private static async Task<bool> HoldsEncodedNulAsync(HttpRequest request)
    {
        request.Body.Position = 0;
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        return body.Contains("%00", StringComparison.Ordinal) || body.Contains('\0', StringComparison.Ordinal);
    }

    private static bool HasNul(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> values) =>
        values.Any(pair => pair.Key.Contains('\0', StringComparison.Ordinal) || pair.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true));
}
