using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Api;
using Platform.Core.Dates;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;
using Platform.Reporting.Model;
using Platform.Reporting.Persistence;
using Platform.Reporting.Services;
using Platform.Sdk;
using Platform.Sdk.Reporting;

namespace Platform.Reporting.Api;

/// <summary>
/// Reporting for national systems: a period's obligations as the province's own regulation sets them (each stage
/// with the article behind it) and where each stands, read with the same statements as the reporting board
/// (<see cref="ReportBook"/>); submitted reports' metadata, paged; and one report, whose text only a client holding the
/// <c>read-text</c> scope receives. Drafts are the agency's work in progress and never leave the module.
/// </summary>
internal sealed class ReportingApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder province)
    {
        province.MapGet("/bao-cao/nghia-vu", ObligationsAsync)
            .WithName("reporting-obligations")
            .WithSummary("Nghĩa vụ báo cáo của một kỳ và tình trạng / A period's reporting obligations and where they stand")
            .WithDescription("`ky`: kỳ báo cáo (M01-2026, Q1-2026, H1-2026, N-2026), mặc định quý hiện tại. / `ky`: the period (M01-2026, Q1-2026, H1-2026, N-2026), the current quarter by default.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        province.MapGet("/bao-cao", SubmissionsAsync)
            .WithName("submissions")
            .WithSummary("Các báo cáo đã gửi (không kèm nội dung), theo mã / Submitted reports (without their text), by id")
            .WithDescription("Phân trang bằng con trỏ: `sau`, `so` (1–200, mặc định 50). / Cursor paging: `sau`, `so` (1–200, 50 by default).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        province.MapGet("/bao-cao/{id:guid}", SubmissionAsync)
            .WithName("submission")
            .WithSummary("Một báo cáo đã gửi; nội dung chỉ khi ứng dụng có phạm vi read-text / One submitted report; its text only with the read-text scope");
    }

    private static async Task<Results<Ok<ApiObligations>, ProblemHttpResult>> ObligationsAsync(
        [FromQuery(Name = "ky")] string? code, ReportBook book, CurrentProvince province, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        Period period;
        if (string.IsNullOrEmpty(code))
        {
            period = Period.Containing(PeriodKind.Quarter, today);
        }
        else if (!Period.TryParse(code, out period))
        {
            return ApiProblems.BadRequest("ky");
        }

        var statuses = await book.PeriodAsync(period, today, ct);
        return TypedResults.Ok(new ApiObligations(
            period.Code,
            province.Required.Reporting.Stated,
            [.. statuses.Select(s => new ApiObligation(
                s.Obligation.Stage.Key, s.Obligation.Stage.Name, s.Obligation.Stage.Article.ToString(),
                s.Obligation.Submitter.Kind.ToString(), s.Obligation.Submitter.Key,
                s.Obligation.Due, s.State.ToString(), s.FirstSubmittedOn, s.Latest?.Id))]));
    }

    private static async Task<Results<Ok<ApiPage<ApiSubmission>>, ProblemHttpResult>> SubmissionsAsync(
        [FromQuery(Name = "sau")] string? after, [FromQuery(Name = "so")] int? size, ReportingDbContext db, CancellationToken ct)
    {
        if (!ApiPaging.TryRead(after, out var from))
        {
            return ApiProblems.BadRequest("sau");
        }

        var take = ApiPaging.Size(size);
        var rows = await Metadata(db.Submissions.Where(s => s.Status != SubmissionStatus.Draft && (from == null || s.Id.CompareTo(from.Value) > 0))
            .OrderBy(s => s.Id).Take(take + 1)).ToListAsync(ct);
        return TypedResults.Ok(ApiPaging.Page([.. rows.Select(r => r.ToApi())], take, s => s.Id));
    }

    private static async Task<Results<Ok<ApiSubmissionDetail>, ProblemHttpResult>> SubmissionAsync(Guid id, HttpContext http, ReportingDbContext db, CancellationToken ct)
    {
        var submitted = db.Submissions.Where(s => s.Id == id && s.Status != SubmissionStatus.Draft);
        if (!ApiScopes.Holds(http, ApiScopes.ReadText))
        {
            var row = await Metadata(submitted).SingleOrDefaultAsync(ct);
            return row is null ? ApiProblems.NotFound() : TypedResults.Ok(new ApiSubmissionDetail(row.ToApi(), null));
        }

        var full = await submitted.AsNoTracking().Select(s => new
        {
            Row = new Row(s.Id, s.PeriodKind, s.Year, s.Number, s.StageKey, s.SubmitterKind, s.SubmitterKey, s.Edition, s.Status, s.SubmittedOn, s.SubmittedAt),
            Text = new ApiReportText(s.Full.Results, s.Full.Shortcomings, s.Full.Causes, s.Full.TasksAndSolutions, s.Full.Proposals),
        }).SingleOrDefaultAsync(ct);
        return full is null ? ApiProblems.NotFound() : TypedResults.Ok(new ApiSubmissionDetail(full.Row.ToApi(), full.Text));
    }

    private static IQueryable<Row> Metadata(IQueryable<Submission> submissions) => submissions.AsNoTracking().Select(s => new Row(
        s.Id, s.PeriodKind, s.Year, s.Number, s.StageKey, s.SubmitterKind, s.SubmitterKey, s.Edition, s.Status, s.SubmittedOn, s.SubmittedAt));

    private sealed record Row(
        Guid Id, PeriodKind PeriodKind, int Year, int Number, string StageKey, SubmitterKind SubmitterKind, string SubmitterKey, int Edition,
        SubmissionStatus Status, DateOnly? SubmittedOn, DateTimeOffset? SubmittedAt)
    {
        public ApiSubmission ToApi() => new(
            Id, new Period(Period.KindOf(PeriodKind), Year, Number).Code, StageKey, SubmitterKind.ToString(), SubmitterKey, Edition,
            Status.ToString(), SubmittedOn, SubmittedAt);
    }
}

/// <summary>A period's reporting obligations.</summary>
/// <param name="Period">The period's code.</param>
/// <param name="Stated">False when the province's regulation states no reporting chain (then there are no obligations).</param>
/// <param name="Obligations">Who owes which report, by when, and where it stands today.</param>
internal sealed record ApiObligations(string Period, bool Stated, IReadOnlyList<ApiObligation> Obligations);

/// <summary>One obligation of the province's reporting chain.</summary>
/// <param name="StageKey">The chain's stage.</param>
/// <param name="StageName">The stage's name.</param>
/// <param name="Article">The article of the province's own regulation that sets it (e.g. "12.1").</param>
/// <param name="SubmitterKind">Seat or Body.</param>
/// <param name="SubmitterKey">The seat's or body's key.</param>
/// <param name="Due">The last day on time.</param>
/// <param name="State">Pending, OnTime, Late or Missing.</param>
/// <param name="FirstSubmittedOn">The day its first version was submitted (lateness is judged on it).</param>
/// <param name="LatestSubmissionId">The latest submitted version (<c>/bao-cao/{id}</c>).</param>
internal sealed record ApiObligation(
    string StageKey, string StageName, string Article, string SubmitterKind, string SubmitterKey, DateOnly Due, string State,
    DateOnly? FirstSubmittedOn, Guid? LatestSubmissionId);

/// <summary>A submitted report, without its text.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Period">The period's code.</param>
/// <param name="StageKey">The chain's stage.</param>
/// <param name="SubmitterKind">Seat or Body.</param>
/// <param name="SubmitterKey">Who submitted.</param>
/// <param name="Edition">Its version: 1 for the first, more for each replacement.</param>
/// <param name="Status">Submitted, or Replaced by a newer version.</param>
/// <param name="SubmittedOn">The day it was submitted (Vietnam time).</param>
/// <param name="SubmittedAt">When it was submitted.</param>
internal sealed record ApiSubmission(
    Guid Id, string Period, string StageKey, string SubmitterKind, string SubmitterKey, int Edition, string Status, DateOnly? SubmittedOn, DateTimeOffset? SubmittedAt);

/// <summary>A submitted report and, for a client holding <c>read-text</c>, its text.</summary>
/// <param name="Submission">Its metadata.</param>
/// <param name="Text">Its text; null without the <c>read-text</c> scope.</param>
internal sealed record ApiSubmissionDetail(ApiSubmission Submission, ApiReportText? Text);

/// <summary>A report's text, by the sections every regulation's form has.</summary>
internal sealed record ApiReportText(string? Results, string? Shortcomings, string? Causes, string? TasksAndSolutions, string? Proposals);
