using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Dates;
using Platform.Meetings.Rules;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>The meeting calendar of a month, its list, and the regular meetings each period expects (due, overdue, held).</summary>
internal sealed class IndexModel(MeetingQueries queries, MeetingRulebook rules, IWorkingCalendar calendar, TimeProvider clock, IAuthorizationService authorization)
    : MeetingsPage(authorization)
{
    public DateOnly Month { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<MeetingRow> Meetings { get; private set; } = [];
    public IReadOnlyList<RegularMeetingStatus> Regular { get; private set; } = [];
    public MeetingRulebook Rules => rules;
    public IWorkingCalendar Calendar => calendar;

    public async Task<IActionResult> OnGetAsync(string? thang, CancellationToken ct)
    {
        await CheckSecretariatAsync();
        Today = VietnamTime.Today(clock);
        Month = DateOnly.TryParseExact(thang, "MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : new DateOnly(Today.Year, Today.Month, 1);
        Meetings = await queries.BetweenAsync(Month, Month.AddMonths(1).AddDays(-1), ct);

        // Periods since the regulation took effect (or two years back when it is undated), at most the last six.
        Regular = rules.Regular(await queries.RegularAsync(ct), rules.FollowedSince(Today), Today, calendar);
        return Page();
    }

    public string MonthLink(int offset) => Month.AddMonths(offset).ToString("MM/yyyy", CultureInfo.InvariantCulture);
}
