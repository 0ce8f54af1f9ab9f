using Microsoft.EntityFrameworkCore;
using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Inspections.Model;
using Platform.Inspections.Persistence;

namespace Platform.Inspections.Services;

/// <summary>A mission in the plan page's list, with its state on the day.</summary>
internal sealed record MissionRow(
    Guid Id, int Year, bool InPlan, string Subject, IReadOnlyList<string> AgencyKeys, string? Localities, DateOnly From, DateOnly To,
    string LeadOffice, string? LeadName, MissionState State);

/// <summary>The plan of a year (if drafted) and the year's missions, planned and ad hoc.</summary>
internal sealed record PlanView(int Year, InspectionPlan? Plan, IReadOnlyList<MissionRow> Missions)
{
    /// <summary>Missions in effect: ad hoc ones, and those of an issued plan (a draft plan's missions do not count).</summary>
    public IEnumerable<MissionRow> InEffect => Missions.Where(m => m.State != MissionState.Draft);

    public int Count(MissionState state) => Missions.Count(m => m.State == state);
}

/// <summary>A mission with its team, inspected agencies, recommendations and documents, and whether its plan is in effect.</summary>
internal sealed record MissionView(Mission Mission, InspectionPlan? Plan, IReadOnlyList<MissionFile> Files, MissionState State)
{
    public bool PlanIssued => Plan is null || Plan.Issued;
}

/// <summary>A mission the home panel shows: in progress or late.</summary>
internal sealed record MissionDue(Guid Id, string Subject, DateOnly To, MissionState State);

/// <summary>Reads the plan and its missions in a fixed number of statements, whatever their number.</summary>
internal sealed class InspectionQueries(InspectionsDbContext db, TimeProvider clock) : IModuleService
{
    private DateOnly Today => VietnamTime.Today(clock);

    /// <summary>The year's plan and missions: two statements.</summary>
    public async Task<PlanView> PlanAsync(int year, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Year == year, ct);
        var rows = await db.Missions.AsNoTracking().Where(m => m.Year == year).OrderBy(m => m.From).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.Id, m.Year, m.PlanId, m.Subject, Agencies = m.Agencies.OrderBy(a => a.AgencyKey).Select(a => a.AgencyKey).ToList(), m.Localities, m.From, m.To,
                m.LeadOffice, m.LeadName, Done = m.NoticeIssuedAt != null,
            })
            .ToListAsync(ct);
        var today = Today;
        return new PlanView(year, plan, [.. rows.Select(m => new MissionRow(
            m.Id, m.Year, m.PlanId is not null, m.Subject, m.Agencies, m.Localities, m.From, m.To, m.LeadOffice, m.LeadName,
            Mission.StateOf(m.PlanId is not null, plan?.Issued == true && m.PlanId == plan.Id, m.Done, m.From, m.To, today)))]);
    }

    /// <summary>The years that have a plan or a mission, newest first (one statement).</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct) =>
        await db.Plans.Select(p => p.Year).Union(db.Missions.Select(m => m.Year)).OrderByDescending(y => y).ToListAsync(ct);

    /// <summary>One mission with everything its page shows, in a fixed number of statements.</summary>
    public async Task<MissionView?> MissionAsync(Guid id, CancellationToken ct)
    {
        var mission = await db.Missions.AsNoTracking().Include(m => m.Agencies).Include(m => m.Members).Include(m => m.Recommendations).AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mission is null)
        {
            return null;
        }

        var plan = mission.PlanId is { } planId ? await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct) : null;
        var files = await db.Files.AsNoTracking().Where(f => f.MissionId == id).OrderBy(f => f.UploadedAt).ToListAsync(ct);
        return new MissionView(mission, plan, files, mission.State(plan is null || plan.Issued, Today));
    }

    /// <summary>A mission's document with its bytes, or null.</summary>
    public async Task<(MissionFile File, byte[] Bytes)?> FileAsync(Guid missionId, Guid fileId, CancellationToken ct)
    {
        var file = await db.Files.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.MissionId == missionId, ct);
        if (file is null)
        {
            return null;
        }

        var content = await db.FileContents.AsNoTracking().SingleAsync(c => c.Id == fileId, ct);
        return (file, content.Bytes);
    }

    /// <summary>Missions in effect whose period has started and that have no closing notice, soonest end first: in progress or late (one statement).</summary>
    public async Task<IReadOnlyList<MissionDue>> OpenAsync(CancellationToken ct)
    {
        var today = Today;
        var rows = await db.Missions.AsNoTracking()
            .Where(m => m.NoticeIssuedAt == null && m.From <= today && (m.PlanId == null || db.Plans.Any(p => p.Id == m.PlanId && p.IssuedAt != null)))
            .OrderBy(m => m.To).ThenBy(m => m.Id).Take(10)
            .Select(m => new { m.Id, m.Subject, m.To })
            .ToListAsync(ct);
        return [.. rows.Select(m => new MissionDue(m.Id, m.Subject, m.To, today > m.To ? MissionState.Late : MissionState.InProgress))];
    }
}
