using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Files;
using Platform.Core.Localization;
using Platform.Core.Pages;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;
using Platform.Reporting.Model;
using Platform.Reporting.Services;
using Platform.Sdk;

namespace Platform.Reporting.Pages.Reports;

/// <summary>
/// One obligation: its deadline and the rule behind it, every submitted version (printable), and for whoever owes it
/// the draft — section by section, with the summary and its one-third check when the stage asks for one, and for a
/// compiled report the reports it gathers, who is missing, and what arrived or changed since the draft began.
/// </summary>
internal sealed class WriteModel(ReportBook book, ReportCommands commands, IndicatorFigureBook figureBook, CurrentProvince province, TimeProvider clock) : CommandPage
{
    [BindProperty(SupportsGet = true, Name = "ky")] public string? Code { get; set; }
    [BindProperty(SupportsGet = true, Name = "buoc")] public string? StageKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "ai")] public string? SubmitterKey { get; set; }
    [BindProperty] public ReportForm Form { get; set; } = new();

    public Obligation Obligation { get; private set; } = null!;
    public ObligationState State { get; private set; }
    public IReadOnlyList<Submission> Versions { get; private set; } = [];
    public Submission? Draft => Versions.FirstOrDefault(v => v.Status == SubmissionStatus.Draft);
    public Submission? Current => Versions.FirstOrDefault(v => v.Status == SubmissionStatus.Submitted);
    public IReadOnlyList<Submission> Sources { get; private set; } = [];
    public IReadOnlyList<ObligationStatus> Compiled { get; private set; } = [];

    /// <summary>The files of every version shown and of every gathered report, by version.</summary>
    public ILookup<Guid, ReportFile> Files { get; private set; } = Array.Empty<ReportFile>().ToLookup(f => f.SubmissionId);
    public bool MayWrite { get; private set; }

    /// <summary>The indicators this report carries a figure for (Sdk 1.6), and the figures of every version shown and gathered.</summary>
    public IReadOnlyList<Sdk.Structure.IndicatorDefinition> Indicators { get; private set; } = [];
    public ILookup<Guid, IndicatorFigure> Figures { get; private set; } = Array.Empty<IndicatorFigure>().ToLookup(f => f.SubmissionId);
    public CurrentProvince Province => province;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        Form = FormOf(Draft ?? Current);
        Form.Sheet = Guid.NewGuid();
        if ((Draft ?? Current) is { } shown)
        {
            Form.Figures = Figures[shown.Id].ToDictionary(f => f.IndicatorKey, f => (string?)ReportFigures.Typed(f.Value), StringComparer.Ordinal);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(List<IFormFile> attach, CancellationToken ct)
    {
        if (Request.Headers["X-Autosave"] != "1")
        {
            var uploads = Upload.From(attach);
            try
            {
                return await RunAsync(o => commands.SaveAsync(o, Form, uploads, User, ct), "Đã lưu bản nháp.", ct);
            }
            finally
            {
                await Uploads.DisposeAllAsync(uploads);
            }
        }

        // The page's script saving while the author types: a small answer with the draft's new version.
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        // Only the text: files are added and removed by the author's own save, never behind their back.
        Form.Remove = [];
        var outcome = await commands.AutosaveAsync(Obligation, Form, User, ct);
        if (!outcome.Succeeded)
        {
            Response.StatusCode = outcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
            return new JsonResult(new { message = outcome.Errors.Values.First().ToString() });
        }

        var saved = (await book.VersionsAsync(Obligation.Period, Obligation.Stage.Key, Obligation.Submitter.Key, ct)).Single(v => v.Id == outcome.Id);
        if (saved.Status != SubmissionStatus.Draft)
        {
            // Submitted from this page while the autosave was on its way: nothing more to save, and the script stops.
            return new JsonResult(new { submitted = true, message = Text.IsEnglish ? "The report has been submitted; nothing more is saved automatically." : "Báo cáo đã được gửi; không tự động lưu nữa." });
        }

        var said = Text.IsEnglish ? "Draft saved automatically at" : "Đã tự động lưu bản nháp lúc";
        return new JsonResult(new { version = saved.Version, message = $"{said} {TimeZoneInfo.ConvertTime(saved.UpdatedAt, VietnamTime.Zone):HH:mm:ss}" });
    }

    public Task<IActionResult> OnPostRefreshAsync(CancellationToken ct) =>
        RunAsync(o => commands.RefreshSourcesAsync(o, Form.Version, User, ct), "Đã cập nhật các báo cáo được tổng hợp.", ct);

    public async Task<IActionResult> OnPostSubmitAsync(List<IFormFile> attach, CancellationToken ct)
    {
        var uploads = Upload.From(attach);
        try
        {
            return await RunAsync(o => commands.SubmitAsync(o, Form, uploads, User, ct), "Đã gửi báo cáo; nơi nhận xem được ngay.", ct);
        }
        finally
        {
            await Uploads.DisposeAllAsync(uploads);
        }
    }

    /// <summary>The words of the summary's sections over the full report's, for the one-third check.</summary>
    public (int Full, int Summary, double Ratio)? Length(Submission? report)
    {
        if (Obligation.Stage.Summary is not { } rule || report is null)
        {
            return null;
        }

        var full = report.Full.Words(Enum.GetValues<Sdk.Reporting.ReportSection>());
        var summary = report.Summary.Words(Enum.GetValues<Sdk.Reporting.ReportSection>());
        return (full, summary, full == 0 ? 0 : (double)summary / full);
    }

    private async Task<IActionResult> RunAsync(Func<Obligation, Task<Outcome>> command, string done, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        var outcome = await command(Obligation);
        if (outcome.Succeeded)
        {
            return After(done, $"reports/write?ky={Code}&buoc={StageKey}&ai={SubmitterKey}");
        }

        if (Refusal(outcome) is { } notFound)
        {
            return notFound;
        }

        await LoadAsync(ct);
        if (Draft is { } draft)
        {
            Form.Version = draft.Version; // what was typed stays; it is sent again over the newer version on purpose
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await book.FindAsync(Code, StageKey, SubmitterKey, ct) is not { } obligation)
        {
            return NotFound();
        }

        var today = VietnamTime.Today(clock);
        var period = obligation.Period;
        Obligation = obligation;
        Versions = await book.VersionsAsync(period, obligation.Stage.Key, obligation.Submitter.Key, ct);
        State = ReportBook.StateOf(obligation, Versions, today);
        MayWrite = await commands.MayWriteAsync(User, obligation.Submitter);
        if (obligation.Stage.Compiles is { } compiled)
        {
            Sources = await book.SourcesAsync(period, obligation.Stage, obligation.Submitter.Key, ct);
            Compiled = [.. (await book.PeriodAsync(period, today, ct)).Where(o => o.Obligation.Stage.Key == compiled && o.Obligation.Stage.Recipients.Contains(obligation.Submitter.Key))];
        }

        if (!MayWrite && Draft is not null)
        {
            // A draft is the author's; readers see only what was submitted.
            Versions = [.. Versions.Where(v => v.Status != SubmissionStatus.Draft)];
        }

        Files = await book.FilesAsync(Versions.Concat(Sources).Select(v => v.Id), ct);
        Indicators = province.Required.IndicatorsReportedBy(obligation.Stage.Key, obligation.Submitter);
        if (Indicators.Count > 0 || (Sources.Count > 0 && province.Required.Indicators.Count > 0))
        {
            Figures = await figureBook.OfAsync(Versions.Concat(Sources).Select(v => v.Id), ct);
        }

        return null;
    }

    private static ReportForm FormOf(Submission? s) => s is null ? new ReportForm() : new ReportForm
    {
        Results = s.Full.Results,
        Shortcomings = s.Full.Shortcomings,
        Causes = s.Full.Causes,
        TasksAndSolutions = s.Full.TasksAndSolutions,
        Proposals = s.Full.Proposals,
        SummaryResults = s.Summary.Results,
        SummaryShortcomings = s.Summary.Shortcomings,
        SummaryCauses = s.Summary.Causes,
        SummaryTasksAndSolutions = s.Summary.TasksAndSolutions,
        SummaryProposals = s.Summary.Proposals,
        Version = s.Status == SubmissionStatus.Draft ? s.Version : 0,
    };
}
