using Microsoft.EntityFrameworkCore;
using Platform.Consultations.Model;
using Platform.Consultations.Persistence;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Core.Tenancy;

namespace Platform.Consultations.Services;

/// <summary>
/// Open consultations for the daily reminders: each seat that has not answered is reminded (its holder, and its
/// agency's focal point, who may prepare the answer). A late answer is still accepted and marked late, so a reminder
/// after the deadline still has a purpose. One statement.
/// </summary>
internal sealed class ConsultationDeadlines(ConsultationsDbContext db, CurrentProvince province) : IDeadlineSource, IModuleService
{
    /// <summary>Consultations run on short deadlines (an urgent one on a day or two): the first reminder goes two days ahead.</summary>
    public const int DaysAhead = 2;

    public string Kind => "consultation";

    public Task<int> DaysAheadAsync(CancellationToken cancellationToken) => Task.FromResult(DaysAhead);

    public async Task<IReadOnlyList<Deadline>> OpenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var code = province.Required.Code.Value;
        var awaiting = await db.Recipients.AsNoTracking()
            .Join(db.Consultations.Where(c => c.State == ConsultationState.Open && c.Deadline >= from && c.Deadline <= to),
                r => r.ConsultationId, c => c.Id, (r, c) => new { r.SeatKey, r.AgencyKey, c.Id, c.Number, c.Year, c.Subject, c.Deadline })
            .Where(x => !db.Answers.Any(a => a.ConsultationId == x.Id && a.SeatKey == x.SeatKey))
            .OrderBy(x => x.Deadline).ThenBy(x => x.Id).ThenBy(x => x.SeatKey)
            .ToListAsync(cancellationToken);
        return [.. awaiting.Select(x => new Deadline
        {
            Key = $"consultation:{x.Id}:{x.SeatKey}",
            Due = x.Deadline,
            What = $"Ý kiến về xin ý kiến số {x.Number}/{x.Year}: {x.Subject}",
            Link = $"/{code}/y-kien/{x.Id}",
            Seats = [x.SeatKey],
            Agencies = x.AgencyKey is null ? [] : [x.AgencyKey],
        })];
    }
}
