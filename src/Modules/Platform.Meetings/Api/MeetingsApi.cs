using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Api;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;

namespace Platform.Meetings.Api;

/// <summary>
/// Meetings and their issued conclusion notices, for national systems, read through the module's own DbContext with
/// projections: a list is one statement, one meeting or one notice two, whatever their size. Drafts and approved
/// notices not yet issued stay the standing agency's work and are not shown.
/// </summary>
internal sealed class MeetingsApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder province)
    {
        province.MapGet("/cuoc-hop", ListAsync)
            .WithName("meetings")
            .WithSummary("Các cuộc họp, theo mã / Meetings, by id")
            .WithDescription("Phân trang bằng con trỏ: `sau` (con trỏ `next` của trang trước), `so` (1–200, mặc định 50). / Cursor paging: `sau` (the previous page's `next`), `so` (1–200, 50 by default).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        province.MapGet("/cuoc-hop/{id:guid}", OneAsync)
            .WithName("meeting")
            .WithSummary("Một cuộc họp, với chương trình họp / One meeting, with its agenda");
        province.MapGet("/thong-bao-ket-luan", NoticesAsync)
            .WithName("conclusion-notices")
            .WithSummary("Các thông báo kết luận đã ban hành / Issued conclusion notices")
            .WithDescription("Phân trang như /cuoc-hop. / Paged as /cuoc-hop.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        province.MapGet("/thong-bao-ket-luan/{id:guid}", NoticeAsync)
            .WithName("conclusion-notice")
            .WithSummary("Một thông báo kết luận đã ban hành, với các nội dung kết luận / One issued conclusion notice, with its items");
    }

    private static async Task<Results<Ok<ApiPage<ApiMeeting>>, ProblemHttpResult>> ListAsync(
        [FromQuery(Name = "sau")] string? after, [FromQuery(Name = "so")] int? size, MeetingsDbContext db, CancellationToken ct)
    {
        if (!ApiPaging.TryRead(after, out var from))
        {
            return ApiProblems.BadRequest("sau");
        }

        var take = ApiPaging.Size(size);
        var rows = await db.Meetings.AsNoTracking()
            .Where(m => from == null || m.Id.CompareTo(from.Value) > 0)
            .OrderBy(m => m.Id)
            .Take(take + 1)
            .Select(m => new { m.Id, m.Kind, m.Title, m.Mode, m.Location, m.StartsAt, m.DurationMinutes, m.Status, m.ChairSeatKey, m.PeriodKind, m.PeriodYear, m.PeriodNumber })
            .ToListAsync(ct);
        var meetings = rows.Select(m => new ApiMeeting(
            m.Id, m.Kind.ToString(), m.Title, m.Mode.ToString(), m.Location, m.StartsAt, m.DurationMinutes, m.Status.ToString(), m.ChairSeatKey,
            m.PeriodKind?.ToString(), m.PeriodYear, m.PeriodNumber)).ToList();
        return TypedResults.Ok(ApiPaging.Page(meetings, take, m => m.Id));
    }

    private static async Task<Results<Ok<ApiMeetingDetail>, ProblemHttpResult>> OneAsync(Guid id, MeetingsDbContext db, CancellationToken ct)
    {
        var m = await db.Meetings.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Kind, x.Title, x.Mode, x.Location, x.StartsAt, x.DurationMinutes, x.Status, x.ChairSeatKey, x.PeriodKind, x.PeriodYear, x.PeriodNumber })
            .SingleOrDefaultAsync(ct);
        if (m is null)
        {
            return ApiProblems.NotFound();
        }

        var agenda = await db.AgendaItems.AsNoTracking().Where(a => a.MeetingId == id).OrderBy(a => a.Order)
            .Select(a => new ApiAgendaItem(a.Order, a.Title, a.Presenter, a.DurationMinutes))
            .ToListAsync(ct);
        var notices = await db.Notices.AsNoTracking().Where(n => n.MeetingId == id && n.Status == NoticeStatus.Issued)
            .OrderBy(n => n.Id).Select(n => n.Id).ToListAsync(ct);
        return TypedResults.Ok(new ApiMeetingDetail(
            new ApiMeeting(m.Id, m.Kind.ToString(), m.Title, m.Mode.ToString(), m.Location, m.StartsAt, m.DurationMinutes, m.Status.ToString(), m.ChairSeatKey,
                m.PeriodKind?.ToString(), m.PeriodYear, m.PeriodNumber),
            agenda,
            notices));
    }

    private static async Task<Results<Ok<ApiPage<ApiNotice>>, ProblemHttpResult>> NoticesAsync(
        [FromQuery(Name = "sau")] string? after, [FromQuery(Name = "so")] int? size, MeetingsDbContext db, CancellationToken ct)
    {
        if (!ApiPaging.TryRead(after, out var from))
        {
            return ApiProblems.BadRequest("sau");
        }

        var take = ApiPaging.Size(size);
        var notices = await db.Notices.AsNoTracking()
            .Where(n => n.Status == NoticeStatus.Issued && (from == null || n.Id.CompareTo(from.Value) > 0))
            .OrderBy(n => n.Id)
            .Take(take + 1)
            .Select(n => new ApiNotice(n.Id, n.MeetingId, n.Number, n.Date, n.Signer, n.IssuedAt, n.Items.Count))
            .ToListAsync(ct);
        return TypedResults.Ok(ApiPaging.Page(notices, take, n => n.Id));
    }

    private static async Task<Results<Ok<ApiNoticeDetail>, ProblemHttpResult>> NoticeAsync(Guid id, MeetingsDbContext db, CancellationToken ct)
    {
        var notice = await db.Notices.AsNoTracking().Where(n => n.Id == id && n.Status == NoticeStatus.Issued)
            .Select(n => new ApiNotice(n.Id, n.MeetingId, n.Number, n.Date, n.Signer, n.IssuedAt, n.Items.Count))
            .SingleOrDefaultAsync(ct);
        if (notice is null)
        {
            return ApiProblems.NotFound();
        }

        var items = await db.NoticeItems.AsNoTracking().Where(i => i.NoticeId == id).OrderBy(i => i.Number)
            .Select(i => new ApiNoticeItem(i.Id, i.Number, i.Text, i.LeadAgencyKey, i.DueDate))
            .ToListAsync(ct);
        return TypedResults.Ok(new ApiNoticeDetail(notice, items));
    }
}

/// <summary>A meeting.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">Its kind (regular, thematic…), as the module names it.</param>
/// <param name="Title">Its title.</param>
/// <param name="Mode">InPerson, Online or Hybrid.</param>
/// <param name="Location">Where, when in person.</param>
/// <param name="StartsAt">When it starts.</param>
/// <param name="DurationMinutes">How long it is planned to last.</param>
/// <param name="Status">Proposed, Scheduled, Held or Cancelled.</param>
/// <param name="ChairSeatKey">The seat that chairs it.</param>
/// <param name="PeriodKind">For a regular meeting, the kind of period it is due for (quarter, half-year…).</param>
/// <param name="PeriodYear">For a regular meeting, the period's year.</param>
/// <param name="PeriodNumber">For a regular meeting, the period's number in the year.</param>
internal sealed record ApiMeeting(
    Guid Id, string Kind, string Title, string Mode, string? Location, DateTimeOffset StartsAt, int DurationMinutes, string Status,
    string ChairSeatKey, string? PeriodKind, int? PeriodYear, int? PeriodNumber);

/// <summary>One meeting with its agenda and its issued conclusion notices.</summary>
/// <param name="Meeting">The meeting.</param>
/// <param name="Agenda">Its agenda, in order.</param>
/// <param name="NoticeIds">Its issued conclusion notices (<c>/thong-bao-ket-luan/{id}</c>).</param>
internal sealed record ApiMeetingDetail(ApiMeeting Meeting, IReadOnlyList<ApiAgendaItem> Agenda, IReadOnlyList<Guid> NoticeIds);

/// <summary>An agenda item.</summary>
internal sealed record ApiAgendaItem(int Order, string Title, string? Presenter, int DurationMinutes);

/// <summary>An issued conclusion notice.</summary>
/// <param name="Id">Its id.</param>
/// <param name="MeetingId">The meeting it concludes.</param>
/// <param name="Number">Its document number.</param>
/// <param name="Date">Its date.</param>
/// <param name="Signer">Who signed it.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="ItemCount">How many items it concludes.</param>
internal sealed record ApiNotice(Guid Id, Guid MeetingId, string? Number, DateOnly? Date, string? Signer, DateTimeOffset? IssuedAt, int ItemCount);

/// <summary>An issued conclusion notice with its items.</summary>
internal sealed record ApiNoticeDetail(ApiNotice Notice, IReadOnlyList<ApiNoticeItem> Items);

/// <summary>A conclusion item.</summary>
/// <param name="Id">Its id (the source of the tasks it became).</param>
/// <param name="Number">Its number in the notice.</param>
/// <param name="Text">What was concluded.</param>
/// <param name="LeadAgencyKey">The agency charged with it, if any.</param>
/// <param name="DueDate">Its deadline, if any.</param>
internal sealed record ApiNoticeItem(Guid Id, int Number, string Text, string? LeadAgencyKey, DateOnly? DueDate);
