using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Platform.Web;

/// <summary>
/// When the database cannot be reached (stopped for an upgrade, restarting, a network cut), a request gets a clear 503
/// page with Retry-After, not a 500 or a hang; the connection pool reconnects by itself once the server is back, so
/// the host recovers without a restart. The page is written here, self-contained: rendering the site's layout, or
/// anything that reads the database, would fail the same way.
/// </summary>
internal sealed class DatabaseOutage(ILogger<DatabaseOutage> log) : IExceptionHandler
{
    /// <summary>How long a client is told to wait before trying again.</summary>
    public const int RetryAfterSeconds = 10;

    /// <summary>True when <paramref name="error"/> (or what it wraps) says the database is out of reach, not that a statement was wrong.</summary>
    public static bool Is(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Server shutting down, starting up or cut off (class 57P, class 08), or out of connections.
                case PostgresException p when p.SqlState.StartsWith("57P", StringComparison.Ordinal) || p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState == PostgresErrorCodes.TooManyConnections:
                    return true;
                case PostgresException:
                    return false;
                // Refused or broken socket, a timeout while connecting: Npgsql calls these transient.
                case NpgsqlException n when n.IsTransient || n.InnerException is SocketException or IOException or TimeoutException:
                    return true;
                case AggregateException a when a.InnerExceptions.Any(Is):
                    return true;
            }
        }

        return false;
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!Is(exception))
        {
            return false;
        }

        log.LogWarning("The database is out of reach; {Path} answered 503: {Reason}", httpContext.Request.Path, exception.GetBaseException().Message);
        // The pooled connections died with the server: drop them, so the first requests after its return open fresh
        // ones instead of failing once each on a dead one.
        NpgsqlConnection.ClearAllPools();
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        if (httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            response.ContentType = "application/problem+json; charset=utf-8";
            await response.WriteAsync(
                """{"type":"about:blank","status":503,"title":"Hệ thống tạm thời gián đoạn","detail":"Cơ sở dữ liệu đang tạm ngừng; hãy thử lại sau ít giây.","title_en":"Service temporarily unavailable","detail_en":"The database is briefly unavailable; try again in a few seconds."}""",
                cancellationToken);
            return true;
        }

        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(Page, cancellationToken);
        return true;
    }

    // Vietnamese first, English second: the culture may not even be known when the request failed this early.
    private static readonly string Page = $"""
        <!DOCTYPE html>
        <html lang="vi">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="{RetryAfterSeconds}">
        <title>Hệ thống tạm thời gián đoạn</title><link rel="stylesheet" href="/css/site.css"></head>
        <body><main class="container">
        <h1>Hệ thống tạm thời gián đoạn</h1>
        <p>Cơ sở dữ liệu đang tạm ngừng (bảo trì hoặc khởi động lại). Không có dữ liệu nào bị mất; trang sẽ tự tải lại sau {RetryAfterSeconds} giây.
        Nếu bạn vừa gửi một biểu mẫu, hãy kiểm tra lại sau khi hệ thống hoạt động trước khi gửi lại.</p>
        <p lang="en">Service temporarily unavailable: the database is briefly down (maintenance or a restart). This page reloads in {RetryAfterSeconds} seconds.
        If you had just sent a form, check whether it was saved once the service is back before sending it again.</p>
        </main></body></html>
        """;
}

/// <summary>Readiness: the database answers a statement within two seconds (<c>/readyz</c>); liveness (<c>/healthz</c>) asks nothing of it.</summary>
internal sealed class DatabaseReadiness(NpgsqlDataSource database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await using var command = database.CreateCommand("select 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or SocketException or TimeoutException)
        {
            NpgsqlConnection.ClearAllPools();
            return HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}
