using Microsoft.AspNetCore.Authorization;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>Attendance over a year at the held meetings, per member seat and per agency.</summary>
internal sealed class StatisticsModel(MeetingQueries queries, ICommitteeDirectory committee, TimeProvider clock, IAuthorizationService authorization)
    : MeetingsPage(authorization)
{
    public int Year { get; private set; }
    public IReadOnlyList<AttendanceCount> Seats { get; private set; } = [];
    public IReadOnlyList<AttendanceCount> Agencies { get; private set; } = [];

    public async Task OnGetAsync(int? nam, CancellationToken ct)
    {
        Year = nam is >= 2000 and <= 2100 ? nam.Value : VietnamTime.Today(clock).Year;
        var (seats, agencies) = await queries.AttendanceAsync(Year, ct);
        var names = (await committee.AgenciesAsync(ct)).ToDictionary(a => a.Key, a => a.Name);
        Seats = [.. seats.OrderBy(s => s.Rate).ThenBy(s => s.Name)];
        Agencies = [.. agencies.Select(a => a with { Name = names.GetValueOrDefault(a.Key, a.Key) }).OrderBy(a => a.Rate).ThenBy(a => a.Name)];
    }
}
