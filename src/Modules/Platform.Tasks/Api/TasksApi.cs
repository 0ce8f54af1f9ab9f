using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Api;
using Platform.Core.Dates;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;

namespace Platform.Tasks.Api;

/// <summary>
/// The province's tasks with their states, for national systems: one statement per page or per task, through the
/// module's own DbContext. A task is overdue when it is still open after its due day (Vietnam time).
/// </summary>
internal sealed class TasksApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder province)
    {
        province.MapGet("/nhiem-vu", ListAsync)
            .WithName("tasks")
            .WithSummary("Các nhiệm vụ và trạng thái, theo mã / Tasks and their states, by id")
            .WithDescription("Phân trang bằng con trỏ: `sau`, `so` (1–200, mặc định 50). / Cursor paging: `sau`, `so` (1–200, 50 by default).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        province.MapGet("/nhiem-vu/{id:guid}", OneAsync)
            .WithName("task")
            .WithSummary("Một nhiệm vụ / One task");
    }

    private static async Task<Results<Ok<ApiPage<ApiTask>>, ProblemHttpResult>> ListAsync(
        [FromQuery(Name = "sau")] string? after, [FromQuery(Name = "so")] int? size, TasksDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!ApiPaging.TryRead(after, out var from))
        {
            return ApiProblems.BadRequest("sau");
        }

        var take = ApiPaging.Size(size);
        var rows = await Rows(db.Tasks.Where(t => from == null || t.Id.CompareTo(from.Value) > 0).OrderBy(t => t.Id).Take(take + 1)).ToListAsync(ct);
        var today = VietnamTime.Today(clock);
        return TypedResults.Ok(ApiPaging.Page([.. rows.Select(r => r.ToApi(today))], take, t => t.Id));
    }

    private static async Task<Results<Ok<ApiTask>, ProblemHttpResult>> OneAsync(Guid id, TasksDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var row = await Rows(db.Tasks.Where(t => t.Id == id)).SingleOrDefaultAsync(ct);
        return row is null ? ApiProblems.NotFound() : TypedResults.Ok(row.ToApi(VietnamTime.Today(clock)));
    }

    private static IQueryable<Row> Rows(IQueryable<TaskItem> tasks) => tasks.AsNoTracking().Select(t => new Row(
        t.Id, t.Title, t.Source, t.SourceId, t.SourceLabel, t.LeadAgencyKey, t.CoAgencyKeys, t.IssuerSeatKey, t.AssignedAt,
        t.OriginalDue, t.Due, t.Progress, t.Percent, t.CompletedOn));

    private sealed record Row(
        Guid Id, string Title, TaskSource Source, Guid? SourceId, string SourceLabel, string LeadAgencyKey, List<string> CoAgencyKeys,
        string IssuerSeatKey, DateTimeOffset AssignedAt, DateOnly OriginalDue, DateOnly Due, TaskProgress Progress, int? Percent, DateOnly? CompletedOn)
    {
        public ApiTask ToApi(DateOnly today) => new(
            Id, Title, Source.ToString(), SourceId, SourceLabel, LeadAgencyKey, CoAgencyKeys, IssuerSeatKey, AssignedAt, OriginalDue, Due,
            Progress.ToString(), Percent, CompletedOn,
            Overdue: Progress is TaskProgress.NotStarted or TaskProgress.InProgress && Due < today);
    }
}

/// <summary>A task and its state.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">What is to be done.</param>
/// <param name="Source">Where it comes from (a conclusion notice, a plan, a direction…), as the module names it.</param>
/// <param name="SourceId">The source record's id, when it has one (a conclusion item's id for a notice's task).</param>
/// <param name="SourceLabel">The source, as a reader names it.</param>
/// <param name="LeadAgencyKey">The agency that leads it.</param>
/// <param name="CoAgencyKeys">The agencies that take part.</param>
/// <param name="IssuerSeatKey">The seat that assigned it.</param>
/// <param name="AssignedAt">When it was assigned.</param>
/// <param name="OriginalDue">Its first due day.</param>
/// <param name="Due">Its due day now (after extensions).</param>
/// <param name="Progress">NotStarted, InProgress, Done or Cancelled.</param>
/// <param name="Percent">Its reported progress, if any.</param>
/// <param name="CompletedOn">When it was done.</param>
/// <param name="Overdue">Open after its due day.</param>
internal sealed record ApiTask(
    Guid Id, string Title, string Source, Guid? SourceId, string SourceLabel, string LeadAgencyKey, IReadOnlyList<string> CoAgencyKeys,
    string IssuerSeatKey, DateTimeOffset AssignedAt, DateOnly OriginalDue, DateOnly Due, string Progress, int? Percent, DateOnly? CompletedOn, bool Overdue);
