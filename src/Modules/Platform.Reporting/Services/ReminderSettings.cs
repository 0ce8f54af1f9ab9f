using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Core.Commands;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Reporting.Model;
using Platform.Reporting.Persistence;

namespace Platform.Reporting.Services;

/// <summary>How many days before a deadline reminders start, and who set it.</summary>
/// <param name="Days">The days in force.</param>
/// <param name="PackDays">What the province's pack says when the secretariat has set nothing.</param>
/// <param name="SetBy">Who set <paramref name="Days"/>, or null when it is the pack's.</param>
/// <param name="SetAt">When it was set.</param>
/// <param name="Version">The settings row's version, 0 while there is none.</param>
internal sealed record Reminder(int Days, int PackDays, string? SetBy, DateTimeOffset? SetAt, uint Version);

/// <summary>
/// The reminder days: the pack's by default; the secretariat (standing agency) may set the province's own, or go back
/// to the pack's by leaving the field empty. Neither regulation fixes the number, so it is a choice, not a rule.
/// </summary>
internal sealed class ReminderSettings(ReportingDbContext db, CurrentProvince province, ICurrentActor actor, TimeProvider clock) : IModuleService
{
    /// <summary>The most days ahead a reminder may start: a quarter's deadlines are about three months apart.</summary>
    public const int MaxDays = 60;

    public const string Field = "RemindDaysBefore";

    private static readonly Message Changed = new(
        "Cài đặt vừa được người khác thay đổi; thay đổi của bạn chưa được lưu. Hãy xem giá trị mới rồi lưu lại.",
        "Someone else changed the setting; your change was not saved. Look at the new value and save again.");

    public async Task<Reminder> CurrentAsync(CancellationToken ct)
    {
        var pack = province.Required.Reporting.RemindDaysBefore;
        var row = await db.Settings.AsNoTracking().SingleOrDefaultAsync(ct);
        return row?.RemindDaysBefore is { } days
            ? new Reminder(days, pack, row.UpdatedBy, row.UpdatedAt, row.Version)
            : new Reminder(pack, pack, null, row?.UpdatedAt, row?.Version ?? 0);
    }

    /// <summary>Sets the days as typed ("" for the pack's); refused when not a whole number from 0 to <see cref="MaxDays"/>, or when someone saved in between.</summary>
    public async Task<Outcome> SetAsync(string? typed, uint version, CancellationToken ct)
    {
        int? days = null;
        if (!string.IsNullOrWhiteSpace(typed))
        {
            if (!int.TryParse(typed.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > MaxDays)
            {
                return Outcome.Invalid(new Dictionary<string, Message>
                {
                    [Field] = new($"Số ngày là số nguyên từ 0 đến {MaxDays}; để trống để dùng số ngày của gói quy chế.", $"The days are a whole number from 0 to {MaxDays}; leave it empty for the pack's."),
                });
            }

            days = n;
        }

        var row = await db.Settings.SingleOrDefaultAsync(ct);
        if ((row?.Version ?? 0) != version)
        {
            return Outcome.Conflicted(Changed);
        }

        if (row is null)
        {
            row = new ReportingSettings { Province = province.Required.Code.Value, UpdatedBy = actor.Name };
            db.Settings.Add(row);
        }

        (row.RemindDaysBefore, row.UpdatedBy, row.UpdatedAt) = (days, actor.Name, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflicted(Changed);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two first saves at once: the other one inserted the province's row.
            return Outcome.Conflicted(Changed);
        }
    }
}
