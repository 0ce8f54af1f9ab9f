using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Pages;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Reporting.Services;

namespace Platform.Reporting.Pages.Reports;

/// <summary>
/// The secretariat sets how many days before a deadline the home page starts reminding those who owe a report; empty
/// goes back to the pack's number.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
internal sealed class SettingsModel(ReminderSettings settings, CurrentProvince province) : CommandPage
{
    [BindProperty] public string? RemindDaysBefore { get; set; }
    [BindProperty] public uint Version { get; set; }

    public Reminder Reminder { get; private set; } = null!;
    public CurrentProvince Province => province;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reminder = await settings.CurrentAsync(ct);
        RemindDaysBefore = Reminder.SetBy is null ? null : Reminder.Days.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Version = Reminder.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await settings.SetAsync(RemindDaysBefore, Version, ct);
        if (outcome.Succeeded)
        {
            return After("Đã lưu số ngày nhắc trước hạn.", "reports/settings");
        }

        // What was typed stays in the field; the version is the current one, so saving again is a deliberate choice.
        Refusal(outcome);
        Reminder = await settings.CurrentAsync(ct);
        Version = Reminder.Version;
        return Page();
    }
}
