using Platform.Core.Lists;
using Microsoft.EntityFrameworkCore;
using Platform.Audit.Persistence;
using Platform.Audit.Trail;
using Platform.Core.Dates;
using Platform.Core.Modules;

namespace Platform.Audit.Log;

/// <summary>One entry as the audit page shows it.</summary>
internal sealed record LogRow(
    long Sequence, DateTimeOffset OccurredAt, string ActorName, string? RemoteAddress, string? ActingFor,
    string Action, string Entity, string? EntityId, string? Before, string? After);

/// <summary>A page of entries, and how many entries match the filters.</summary>
internal sealed record LogPage(IReadOnlyList<LogRow> Rows, int Total, int Number)
{
    public int Pages => Math.Max(1, (Total + AuditLog.PageSize - 1) / AuditLog.PageSize);
}

/// <summary>
/// Reads the current province's entries for the audit page, newest first: one count and one page query, whatever
/// the trail's length. Entries are read by their province's sequence, which is their order in the chain.
/// </summary>
internal sealed class AuditLog(AuditDbContext db) : IModuleService
{
    public const int PageSize = 50;

    /// <summary>The columns the page sorts by (<c>sap-xep</c>); newest first unless asked otherwise.</summary>
    public static readonly IReadOnlyCollection<string> SortColumns = ["so", "nguoi", "hanh-dong"];

    public static readonly SortOrder DefaultSort = new("so", true);

    public async Task<LogPage> PageAsync(LogFilter filter, int number, CancellationToken ct) =>
        await PageAsync(filter, number, DefaultSort, ct);

    public async Task<LogPage> PageAsync(LogFilter filter, int number, SortOrder sort, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sort);
        ArgumentNullException.ThrowIfNull(filter);
        var entries = Filtered(filter);
        var total = await entries.CountAsync(ct);
        number = Math.Clamp(number, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await Sorted(entries, sort)
            .Skip((number - 1) * PageSize)
            .Take(PageSize)
            .Select(e => new LogRow(e.Sequence, e.OccurredAt, e.ActorName, e.RemoteAddress, e.ActingFor, e.Action, e.Entity, e.EntityId, e.Before, e.After))
            .ToListAsync(ct);
        return new LogPage(rows, total, number);
    }

    private static IQueryable<AuditEntry> Sorted(IQueryable<AuditEntry> entries, SortOrder sort) => (sort.Column, sort.Descending) switch
    {
        ("nguoi", false) => entries.OrderBy(e => e.ActorName).ThenByDescending(e => e.Sequence),
        ("nguoi", true) => entries.OrderByDescending(e => e.ActorName).ThenByDescending(e => e.Sequence),
        ("hanh-dong", false) => entries.OrderBy(e => e.Action).ThenByDescending(e => e.Sequence),
        ("hanh-dong", true) => entries.OrderByDescending(e => e.Action).ThenByDescending(e => e.Sequence),
        ("so", false) => entries.OrderBy(e => e.Sequence),
        _ => entries.OrderByDescending(e => e.Sequence),
    };

    private IQueryable<AuditEntry> Filtered(LogFilter filter)
    {
        var entries = db.Entries.AsNoTracking();
        if (filter.Text?.ToLowerInvariant() is { } text)
        {
            // The page shows labels ("Báo cáo định kỳ"), so the filter finds entries by their label as well as their stored name.
            var actions = AuditLabels.NamesLabelled(AuditLabels.Actions, text);
            var entities = AuditLabels.NamesLabelled(AuditLabels.Entities, text);
            entries = entries.Where(e => e.Action.ToLower().Contains(text) || e.Entity.ToLower().Contains(text) ||
                                         (e.EntityId != null && e.EntityId.ToLower().Contains(text)) ||
                                         actions.Contains(e.Action) || entities.Contains(e.Entity));
        }

        if (filter.Actor?.ToLowerInvariant() is { } actor)
        {
            entries = entries.Where(e => e.ActorName.ToLower().Contains(actor));
        }

        // Days are Vietnam's calendar days: 20/05 begins at 17:00 UTC on 19/05.
        if (filter.From is { } from)
        {
            var start = VietnamTime.StartOf(from);
            entries = entries.Where(e => e.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = VietnamTime.StartOf(to.AddDays(1));
            entries = entries.Where(e => e.OccurredAt < end);
        }

        return entries;
    }
}
