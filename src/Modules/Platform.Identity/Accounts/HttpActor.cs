using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Platform.Core.Security;

namespace Platform.Identity.Accounts;

/// <summary>The signed-in user of the current request, or "anonymous".</summary>
internal sealed class HttpActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public Guid? UserId =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => accessor.HttpContext is { } http ? http.User.Identity?.Name ?? "anonymous" : "system";

    public string? RemoteAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
