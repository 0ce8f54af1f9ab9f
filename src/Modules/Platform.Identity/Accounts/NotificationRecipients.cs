using Microsoft.EntityFrameworkCore;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Identity.Persistence;

namespace Platform.Identity.Accounts;

/// <summary>
/// The accounts a notification reaches: those holding a grant of the province linked to one of its seats or agencies,
/// or holding one of its roles there; disabled accounts are left out. One statement.
/// </summary>
internal sealed class NotificationRecipients(AccountsDbContext db) : INotificationRecipients, IModuleService
{
    public async Task<IReadOnlyList<NotificationRecipient>> ResolveAsync(
        string province, IReadOnlyCollection<string> seats, IReadOnlyCollection<string> agencies, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        if (seats.Count == 0 && agencies.Count == 0 && roles.Count == 0)
        {
            return [];
        }

        string[] seatKeys = [.. seats], agencyKeys = [.. agencies], roleNames = [.. roles];
        var accounts = await db.Users.AsNoTracking()
            .Where(a => !a.IsDisabled && a.Grants.Any(g => g.Province == province &&
                ((g.SeatKey != null && seatKeys.Contains(g.SeatKey)) ||
                 (g.AgencyKey != null && agencyKeys.Contains(g.AgencyKey)) ||
                 roleNames.Contains(g.Role))))
            .OrderBy(a => a.DisplayName).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.DisplayName, a.UserName, a.Email })
            .ToListAsync(cancellationToken);
        return [.. accounts.Select(a => new NotificationRecipient(
            a.Id, string.IsNullOrWhiteSpace(a.DisplayName) ? a.UserName ?? "" : a.DisplayName, string.IsNullOrWhiteSpace(a.Email) ? null : a.Email.Trim()))];
    }
}
