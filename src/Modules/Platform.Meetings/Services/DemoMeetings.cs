using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;
using Platform.Meetings.Rules;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;

namespace Platform.Meetings.Services;

/// <summary>
/// Demo data: the regular meetings of the last periods the pages follow held (each kind the regulation asks for),
/// with their registers and issued conclusion notices, and this quarter's meeting scheduled with an agenda. Loaded once, on an install with no meetings; texts end with "(demo)".
/// </summary>
internal sealed class DemoMeetings(
    MeetingsDbContext db, MeetingCommands meetings, NoticeCommands notices, MeetingRulebook rules, IWorkingCalendar calendar, TimeProvider clock)
    : IModuleService
{
    public async Task LoadAsync(ProvinceDefinition province, CancellationToken ct)
    {
        if (await db.Meetings.AnyAsync(ct))
        {
            return;
        }

        var rule = rules.Rules.Regular.FirstOrDefault(r => r.Kind == MeetingKind.Periodic);
        var window = rule?.Window ?? MeetingWindow.FromDay(1);
        var today = VietnamTime.Today(clock);
        var current = Period.Containing(rule?.Period ?? Sdk.PeriodKind.Quarter, today);

        // Every regular meeting the regulation asks for (e.g. Đắk Lắk, Art. 9.1: quarterly, six-month and year-end), held
        // in each past period the pages follow — at most the last five of each — with its notice.
        var since = rules.FollowedSince(today);
        var number = 0;
        IReadOnlyList<RegularMeetingRule> kinds = rules.Rules.Regular.Count > 0 ? rules.Rules.Regular : [new(MeetingKind.Periodic, current.Kind, window, Sdk.ArticleRef.Parse("1"))];
        foreach (var (regular, order) in kinds.Select((r, i) => (r, i)))
        {
            // Only the periods the rule asks for (the first half for "6 tháng"), none ending before the regulation applies.
            foreach (var past in Period.Stated(regular.Period, since, today).Where(p => p.End < today && p.End >= since).TakeLast(5))
            {
                // Kinds that share a window (the last working week) are held on different days of it.
                var inWindow = MeetingRulebook.Suggest(regular.Window, past, past.Start, calendar);
                var heldDay = inWindow.Count == 0 ? past.End : inWindow[Math.Min(order, inWindow.Count - 1)];
                if (heldDay < since)
                {
                    continue;
                }

                var meeting = await ScheduleAsync(regular.Kind, $"{Title(regular.Kind)} {past.Label} (demo)", heldDay, ct);
                await HoldAsync(meeting, province, heldDay, ++number, ct);
            }
        }

        var next = MeetingRulebook.Suggest(window, current, today.AddDays(1), calendar) is { Count: > 0 } days
            ? days[0]
            : MeetingRulebook.Suggest(window, current.Next(), today, calendar)[0];
        var upcoming = await ScheduleAsync(MeetingKind.Periodic, $"Phiên họp định kỳ {Period.Containing(current.Kind, next).Label} (demo)", next, ct);
        Must(await meetings.SeedAgendaItemAsync(upcoming, "Báo cáo kết quả thực hiện nhiệm vụ trong kỳ (demo)", "Cơ quan thường trực", "30", ct));
        Must(await meetings.SeedAgendaItemAsync(upcoming, "Thảo luận, cho ý kiến về các khó khăn, vướng mắc (demo)", "Các thành viên", "60", ct));
        Must(await meetings.SeedAgendaItemAsync(upcoming, "Kết luận của người chủ trì (demo)", "Trưởng Ban", "15", ct));
    }

    private static string Title(MeetingKind kind) => kind switch
    {
        MeetingKind.SixMonthReview => "Hội nghị sơ kết",
        MeetingKind.AnnualReview => "Hội nghị tổng kết",
        _ => "Phiên họp định kỳ",
    };

    private async Task<Guid> ScheduleAsync(MeetingKind kind, string title, DateOnly day, CancellationToken ct)
    {
        var outcome = await meetings.ScheduleAsync(new MeetingForm
        {
            Kind = kind.ToString(),
            Title = title,
            Date = VietnamTime.Format(day),
            Time = "14:00",
            Duration = "180",
            Mode = nameof(MeetingMode.Hybrid),
            Location = "Phòng họp UBND tỉnh (demo)",
            OnlineLink = "https://hop-truc-tuyen.example.vn/bcd-demo",
            ChairSeatKey = rules.HeadSeatKey,
            Objectives = "Đánh giá kết quả thực hiện nhiệm vụ trong kỳ; thống nhất nhiệm vụ kỳ tới (demo).",
            Composition = "Toàn thể thành viên Ban Chỉ đạo (demo).",
        }, ct);
        return outcome.Id ?? throw new InvalidOperationException("Demo meeting refused: " + string.Join("; ", outcome.Errors.Values));
    }

    private async Task HoldAsync(Guid id, ProvinceDefinition province, DateOnly day, int number, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Invitations).SingleAsync(m => m.Id == id, ct);
        meeting.Status = MeetingStatus.Held;
        meeting.Minutes = "Cuộc họp đánh giá kết quả trong kỳ; các thành viên báo cáo và thảo luận; người chủ trì kết luận (demo).";
        foreach (var invitation in meeting.Invitations)
        {
            invitation.Attendance = Attendance.Present;
        }

        await db.SaveChangesAsync(ct);

        var agencies = province.Seats.Where(s => s.Role == SeatRole.Member && s.AgencyKey is not null).Select(s => s.AgencyKey!).Distinct().Take(3).ToList();
        var form = new NoticeForm
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"{number:00}/TB-BCĐ-DEMO"),
            Date = VietnamTime.Format(day.AddDays(3)),
            Signer = "Trưởng Ban Chỉ đạo (demo)",
            Preamble = "Ý kiến kết luận của Trưởng Ban Chỉ đạo tại phiên họp (demo).",
            Items = [.. agencies.Select((agency, i) => new NoticeItemForm
            {
                Text = string.Create(CultureInfo.InvariantCulture, $"Hoàn thành nhiệm vụ trọng tâm số {i + 1} của kỳ (demo)."),
                LeadAgencyKey = agency,
                DueDate = VietnamTime.Format(day.AddDays(60 + (30 * i))),
            })],
        };
        Must(await notices.SeedDraftAsync(id, form, ct));
        var notice = await db.Notices.SingleAsync(n => n.MeetingId == id, ct);
        (notice.Status, notice.ApprovedBy, notice.ApprovedAt) = (NoticeStatus.Approved, "Trưởng Ban Chỉ đạo (demo)", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        Must(await notices.SeedIssueAsync(id, notice.Version, ct));
    }

    private static void Must(Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("Demo meeting refused: " + string.Join("; ", outcome.Errors.Values));
        }
    }
}
