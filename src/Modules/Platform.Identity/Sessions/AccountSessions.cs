using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Modules;
using Platform.Identity.Persistence;

namespace Platform.Identity.Sessions;

/// <summary>
/// Starts and ends the server's record of sessions. Checking a session costs no statement of its own: the account is
/// read together with it on every request (<see cref="Accounts.AccountSignIn"/>).
/// </summary>
internal sealed class AccountSessions(AccountsDbContext db, TimeProvider clock, SessionLimits limits) : IModuleService
{
    public async Task<Guid> StartAsync(Guid accountId)
    {
        var session = new Session { Id = Guid.CreateVersion7(), AccountId = accountId, CreatedAt = clock.GetUtcNow() };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>Ends the session a principal's cookie names, if it is still open; other sessions of the account go on.</summary>
    public async Task EndAsync(ClaimsPrincipal? principal)
    {
        if (!TryRead(principal, out var accountId, out var sessionId))
        {
            return;
        }

        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.AccountId == accountId && s.EndedAt == null);
        if (session is not null)
        {
            session.EndedAt = clock.GetUtcNow();
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Ends every session of an account that could still be alive (a reset password, a disabled account).</summary>
    public async Task EndAllAsync(Guid accountId)
    {
        var now = clock.GetUtcNow();
        // A session older than the absolute limit is over already: its cookie is refused whatever the table says.
        var alive = now - limits.Absolute;
        var open = await db.Sessions.Where(s => s.AccountId == accountId && s.EndedAt == null && s.CreatedAt > alive).ToListAsync();
        foreach (var session in open)
        {
            session.EndedAt = now;
        }

        if (open.Count > 0)
        {
            await db.SaveChangesAsync();
        }
    }

    /// <summary>The account and session a principal's cookie names.</summary>
    public static bool TryRead(ClaimsPrincipal? principal, out Guid accountId, out Guid sessionId)
    {
        sessionId = Guid.Empty;
        accountId = Guid.Empty;
        return Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out accountId) &&
            Guid.TryParse(principal?.FindFirstValue(Session.ClaimType), out sessionId);
    }
}

/// <summary>How long a session lives: without a request, and at most.</summary>
internal sealed record SessionLimits(TimeSpan Idle, TimeSpan Absolute);
