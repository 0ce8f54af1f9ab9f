using Microsoft.EntityFrameworkCore;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Meetings.Contracts;
using Platform.Sdk.Structure;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;

namespace Platform.Tasks.Services;

/// <summary>
/// Demo data: every item of the demo conclusion notices followed as a task, and this year's plan issued with three
/// items (one quarterly). Loaded once, on an install with no tasks; texts end with "(demo)".
/// </summary>
internal sealed class DemoTasks(
    TasksDbContext db, TaskCommands tasks, PlanCommands plans, IConclusionNotices notices, CurrentProvince province, TimeProvider clock) : IModuleService
{
    public async Task LoadAsync(CancellationToken ct)
    {
        if (await db.Tasks.AnyAsync(ct))
        {
            return;
        }

        var today = VietnamTime.Today(clock);
        foreach (var item in (await notices.IssuedAsync(ct)).SelectMany(n => n.Items))
        {
            Must(await tasks.FromConclusionAsync(item.Id, new TaskForm
            {
                Title = item.Text,
                LeadAgencyKey = item.LeadAgencyKey,
                Due = VietnamTime.Format(item.DueDate ?? today.AddDays(30)),
                ExpectedOutput = "Báo cáo kết quả thực hiện gửi Cơ quan thường trực (demo).",
            }, ct));
        }

        var definition = province.Required;
        var members = definition.Seats.Where(s => s.Role != SeatRole.Head && s.AgencyKey is not null).Select(s => s.AgencyKey!).Distinct().ToList();
        var portfolio = definition.Portfolios.FirstOrDefault()?.Key;
        Must(await plans.StartAsync(today.Year, ct));
        Must(await plans.SeedItemAsync(today.Year, new TaskForm
        {
            Title = "Báo cáo định kỳ tình hình thực hiện nhiệm vụ của ngành (demo)",
            LeadAgencyKey = members.ElementAtOrDefault(0),
            PortfolioKey = portfolio,
            Due = VietnamTime.Format(new DateOnly(today.Year, 3, 20)),
            Recurrence = nameof(Recurrence.Quarterly),
        }, ct));
        Must(await plans.SeedItemAsync(today.Year, new TaskForm
        {
            Title = "Rà soát, cập nhật danh mục dịch vụ công trực tuyến toàn trình (demo)",
            LeadAgencyKey = members.ElementAtOrDefault(1) ?? members[0],
            CoAgencyKeys = [.. members.Skip(2).Take(2)],
            PortfolioKey = portfolio,
            Due = VietnamTime.Format(new DateOnly(today.Year, 6, 30)),
        }, ct));
        Must(await plans.SeedItemAsync(today.Year, new TaskForm
        {
            Title = "Tổng kết, đánh giá kết quả thực hiện kế hoạch năm (demo)",
            LeadAgencyKey = members.ElementAtOrDefault(2) ?? members[0],
            PortfolioKey = portfolio,
            Due = VietnamTime.Format(new DateOnly(today.Year, 12, 15)),
        }, ct));

        var plan = await db.Plans.Include(p => p.Items).SingleAsync(p => p.Year == today.Year, ct);
        // The demo plan is never issued before the regulation applies (or the committee's founding, when it is undated).
        var issued = new DateOnly(today.Year, 1, 15);
        plans.Issue(plan, "05/KH-BCĐ-DEMO", definition.Committee.InForceFrom is { } inForce && inForce > issued ? inForce : issued, definition.Seats.First(s => s.Role == SeatRole.Head).Key);
        await db.SaveChangesAsync(ct);

        // Something done on time and something late, so the dashboard and the on-time rates show on a fresh install.
        var first = await db.Tasks.Where(t => t.Source == TaskSource.Plan).OrderBy(t => t.Due).Take(2).ToListAsync(ct);
        if (first.Count == 2)
        {
            (first[0].Progress, first[0].Percent, first[0].CompletedOn, first[0].ClosedBy) = (TaskProgress.Done, 100, first[0].Due.AddDays(-2), "demo");
            (first[1].Progress, first[1].Percent, first[1].CompletedOn, first[1].ClosedBy) = (TaskProgress.Done, 100, first[1].Due.AddDays(5), "demo");
            await db.SaveChangesAsync(ct);
        }
    }

    private static void Must(Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("Demo task refused: " + string.Join("; ", outcome.Errors.Values));
        }
    }
}
