using Microsoft.EntityFrameworkCore;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Notifications.Model;
using Platform.Notifications.Persistence;

namespace Platform.Notifications.Services;

/// <summary>The signed-in user's notifications in the current province: the list, read or not, and marking them read.</summary>
internal sealed class Inbox(NotificationsDbContext db, ICurrentActor actor, CurrentProvince province, TimeProvider clock) : IUnreadNotifications, IModuleService
{
    /// <summary>The newest first; one statement.</summary>
    public async Task<IReadOnlyList<InboxItem>> ListAsync(int limit, CancellationToken ct)
    {
        if (actor.UserId is not { } me)
        {
            return [];
        }

        return await db.Inbox.AsNoTracking()
            .Where(i => i.AccountId == me)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Take(limit)
            .ToListAsync(ct);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        actor.UserId is { } me && province.Code is not null
            ? await db.Inbox.CountAsync(i => i.AccountId == me && i.ReadAt == null, cancellationToken)
            : 0;

    /// <summary>Marks one of the user's own notifications read; another's, or an unknown one, is not found.</summary>
    public async Task<bool> MarkReadAsync(Guid id, CancellationToken ct)
    {
        var item = actor.UserId is { } me ? await db.Inbox.SingleOrDefaultAsync(i => i.Id == id && i.AccountId == me, ct) : null;
        if (item is null)
        {
            return false;
        }

        item.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Whether the user chose one digest a working day in this province rather than each email at once.</summary>
    public async Task<bool> DailyDigestAsync(CancellationToken ct) =>
        actor.UserId is { } me && await db.MailPreferences.AnyAsync(p => p.AccountId == me && p.DailyDigest, ct);

    /// <summary>Records how the user wants the province's notifications by mail (an audited change).</summary>
    public async Task SetDailyDigestAsync(bool digest, CancellationToken ct)
    {
        if (actor.UserId is not { } me)
        {
            return;
        }

        var preference = await db.MailPreferences.SingleOrDefaultAsync(p => p.AccountId == me, ct);
        if (preference is null)
        {
            preference = new MailPreference { Province = province.Required.Code.Value, AccountId = me };
            db.MailPreferences.Add(preference);
        }

        preference.DailyDigest = digest;
        preference.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Marks every unread notification of the user read.</summary>
    public async Task<int> MarkAllReadAsync(CancellationToken ct)
    {
        if (actor.UserId is not { } me)
        {
            return 0;
        }

        var unread = await db.Inbox.Where(i => i.AccountId == me && i.ReadAt == null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        unread.ForEach(i => i.ReadAt = now);
        await db.SaveChangesAsync(ct);
        return unread.Count;
    }
}
