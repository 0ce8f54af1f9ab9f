using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Files;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Reporting;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Reporting.Model;
using Platform.Reporting.Persistence;
using Platform.Sdk.Reporting;

namespace Platform.Reporting.Services;

/// <summary>
/// Writing and submitting reports. A draft is saved on the server as often as the author saves (or the page saves
/// for them); a submitted version never changes — a correction is a new version that replaces it, and lateness stays
/// judged on the first. Only the submitter writes: the holder of the seat, or for a body its lead agency's people and
/// the standing agency's staff.
/// </summary>
internal sealed class ReportCommands(
    ReportingDbContext db, ReportBook book, ReportNotifications notifications, CurrentProvince province, IAuthorizationService authorization, ICurrentActor actor, TimeProvider clock)
    : IModuleService
{
    /// <summary>The form field the attachments' errors are shown under.</summary>
    public const string Attachments = "Files";

    private string Province => province.Required.Code.Value;

    public async Task<bool> MayWriteAsync(ClaimsPrincipal user, Submitter submitter)
    {
        // A member seat's report is its agency's report (Sơn La, Art. 12; Đắk Lắk, Art. 13: members report for the
        // agencies they lead): the holder writes it, and so does that agency's focal point.
        if (submitter.Kind == SubmitterKind.Seat)
        {
            return user.HoldsSeat(Province, submitter.Key) ||
                (province.Required.FindSeat(submitter.Key)?.AgencyKey is { } agency && user.AgenciesIn(Province).Contains(agency));
        }

        if ((await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded)
        {
            return true;
        }

        // A body's report is its lead agency's: its seat holders and its focal points write it.
        return user.ActsForAgency(province.Required, province.Required.Bodies.FirstOrDefault(b => b.Key == submitter.Key)?.LeadAgencyKey);
    }

    /// <summary>Files one version may carry.</summary>
    public const int MaxFiles = 20;

    /// <summary>
    /// How many times a write that raced another write of the same report is read and done again. Each round one of
    /// the racing writes commits, so a few rounds cover what one page sends at once (an autosave and the submission).
    /// </summary>
    private const int Attempts = 5;

    /// <summary>
    /// Saves the draft with what was typed, the files added and those taken off — all or nothing: a refused file
    /// leaves the draft as it was. The first save creates the draft, with the files of the version it will replace
    /// and, for a compiled report, the reports it gathers.
    /// </summary>
    public Task<Outcome> SaveAsync(Obligation obligation, ReportForm form, IReadOnlyList<Upload> uploads, ClaimsPrincipal user, CancellationToken ct) =>
        WriteAsync(obligation, form, uploads, user, Writing.Save, ct);

    /// <summary>
    /// The page's script saving the text while the author types. Once this opened form's report has been submitted,
    /// an autosave still on its way changes nothing: it neither starts a new draft nor fails.
    /// </summary>
    public Task<Outcome> AutosaveAsync(Obligation obligation, ReportForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WriteAsync(obligation, form, [], user, Writing.Autosave, ct);

    /// <summary>
    /// Saves what is on the screen (and the files just chosen) and submits it, in one save: it becomes the current
    /// version and the one before is kept as replaced. It wins over an autosave of the same opened form in flight,
    /// and pressing it twice submits once.
    /// </summary>
    public Task<Outcome> SubmitAsync(Obligation obligation, ReportForm form, IReadOnlyList<Upload> uploads, ClaimsPrincipal user, CancellationToken ct) =>
        WriteAsync(obligation, form, uploads, user, Writing.Submit, ct);

    private async Task<Outcome> WriteAsync(Obligation obligation, ReportForm form, IReadOnlyList<Upload> uploads, ClaimsPrincipal user, Writing writing, CancellationToken ct)
    {
        if (!await MayWriteAsync(user, obligation.Submitter))
        {
            return Outcome.Refused(writing == Writing.Submit
                ? new("Chỉ người phải gửi báo cáo này mới gửi được.", "Only whoever owes this report submits it.")
                : new("Chỉ người phải gửi báo cáo này mới soạn được.", "Only whoever owes this report writes it."));
        }

        var (accepted, refusal) = await Uploads.ReadAsync(uploads, ct);
        if (refusal is not null)
        {
            return Outcome.Invalid(new Dictionary<string, Message> { [Attachments] = new(refusal.Vietnamese + " Chưa lưu gì; hãy chọn lại tệp.", refusal.English + " Nothing was saved; choose the files again.") });
        }

        // The indicators' figures (Sdk 1.6): a figure that is not a number or breaks its unit refuses the whole save,
        // nothing saved, and the form keeps what was typed. The autosave sends only the text and leaves them as saved.
        var indicators = writing == Writing.Autosave ? [] : province.Required.IndicatorsReportedBy(obligation.Stage.Key, obligation.Submitter);
        var (figures, wrong) = ReportFigures.Read(province.Required, indicators, form.Figures);
        if (wrong.Count > 0)
        {
            return Outcome.Invalid(wrong);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteOnceAsync(obligation, form, accepted, writing, indicators, figures, ct);
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Another write of this report committed between our read and our save — the first draft created twice
                // at once, or the draft changed under us. Read again and decide again: our own opened form's writes
                // follow each other, anyone else's is a conflict.
                db.ChangeTracker.Clear();
                if (attempt == Attempts)
                {
                    return Edits.Clash;
                }
            }
        }
    }

    private async Task<Outcome> WriteOnceAsync(
        Obligation obligation, ReportForm form, IReadOnlyList<AcceptedFile> accepted, Writing writing, IReadOnlyList<Sdk.Structure.IndicatorDefinition> indicators, Dictionary<string, decimal> figures, CancellationToken ct)
    {
        var versions = await Versions(obligation).ToListAsync(ct);
        var draft = versions.SingleOrDefault(s => s.Status == SubmissionStatus.Draft);
        if (draft is null)
        {
            if (versions.Where(v => v.Status != SubmissionStatus.Draft).MaxBy(v => v.Edition) is { } sent && FromSameSheet(sent, form)
                && (writing == Writing.Autosave || (writing == Writing.Submit && SameText(sent, form) && accepted.Count == 0)))
            {
                // This opened form's report is already submitted: the autosave that was still on its way, or a second
                // press of "Gửi báo cáo", leaves it as sent.
                return Outcome.Done(sent.Id);
            }

            draft = await NewDraftAsync(obligation, versions, ct);
        }
        else if (draft.Version != form.Version && !FromSameSheet(draft, form))
        {
            return Edits.Clash;
        }

        if (accepted.Count > 0 || form.Remove.Count > 0)
        {
            var files = db.ChangeTracker.Entries<ReportFile>().Select(e => e.Entity).Where(f => f.SubmissionId == draft.Id).ToList();
            files.AddRange(await db.Files.Where(f => f.SubmissionId == draft.Id).ToListAsync(ct));
            var removed = files.Where(f => form.Remove.Contains(f.Id)).ToList();
            if (files.Count - removed.Count + accepted.Count > MaxFiles)
            {
                return Outcome.Invalid(new Dictionary<string, Message> { [Attachments] = new($"Mỗi báo cáo đính kèm tối đa {MaxFiles} tệp. Chưa lưu gì.", $"A report carries at most {MaxFiles} files. Nothing was saved.") });
            }

            await RemoveAsync(removed, ct);
            var now = clock.GetUtcNow();
            foreach (var file in accepted)
            {
                var content = new ReportFileContent { Id = Guid.CreateVersion7(), Province = Province, Bytes = file.Bytes };
                db.FileContents.Add(content);
                db.Files.Add(new ReportFile { Id = Guid.CreateVersion7(), Province = Province, SubmissionId = draft.Id, ContentId = content.Id, FileName = file.Name, ContentType = file.ContentType, Size = file.Bytes.LongLength, Sha256 = file.Sha256, AddedBy = actor.Name, AddedAt = now, Text = file.Text });
            }
        }

        draft.Full = new ReportText { Results = Clean(form.Results), Shortcomings = Clean(form.Shortcomings), Causes = Clean(form.Causes), TasksAndSolutions = Clean(form.TasksAndSolutions), Proposals = Clean(form.Proposals) };
        draft.Summary = new ReportText { Results = Clean(form.SummaryResults), Shortcomings = Clean(form.SummaryShortcomings), Causes = Clean(form.SummaryCauses), TasksAndSolutions = Clean(form.SummaryTasksAndSolutions), Proposals = Clean(form.SummaryProposals) };
        (draft.UpdatedBy, draft.UpdatedAt, draft.SavedFrom) = (actor.Name, clock.GetUtcNow(), form.Sheet == Guid.Empty ? null : form.Sheet);
        if (indicators.Count > 0)
        {
            await SetFiguresAsync(draft, figures, ct);
        }

        if (writing == Writing.Submit && Missing(obligation, draft) is { Count: > 0 } errors)
        {
            // What was typed is kept as the draft; the submission is refused with what it lacks.
            await db.SaveChangesAsync(ct);
            return Outcome.Invalid(errors);
        }

        if (writing == Writing.Submit)
        {
            var now = clock.GetUtcNow();
            foreach (var previous in versions.Where(s => s.Status == SubmissionStatus.Submitted))
            {
                previous.Status = SubmissionStatus.Replaced;
            }

            (draft.Status, draft.SubmittedBy, draft.SubmittedAt, draft.SubmittedOn) = (SubmissionStatus.Submitted, actor.Name, now, VietnamTime.DayOf(now));

            // Its recipients hear of it with the submission, in the same save; lateness is judged on the first version.
            var first = versions.Where(v => v.SubmittedOn is not null).MinBy(v => v.Edition)?.SubmittedOn ?? VietnamTime.DayOf(now);
            notifications.Received(obligation, draft, first);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(draft.Id);
    }

    /// <summary>The first save of a version: the files of the version it will replace and, for a compiled report, what it gathers.</summary>
    private async Task<Submission> NewDraftAsync(Obligation obligation, List<Submission> versions, CancellationToken ct)
    {
        var draft = new Submission
        {
            Id = Guid.CreateVersion7(),
            Province = Province,
            PeriodKind = obligation.Period.Kind,
            Year = obligation.Period.Year,
            Number = obligation.Period.Number,
            StageKey = obligation.Stage.Key,
            SubmitterKind = obligation.Submitter.Kind,
            SubmitterKey = obligation.Submitter.Key,
            Edition = versions.Count == 0 ? 1 : versions.Max(s => s.Edition) + 1,
            UpdatedBy = actor.Name,
        };
        if (obligation.Stage.Compiles is not null)
        {
            draft.CompiledFrom = Snapshot(await book.SourcesAsync(obligation.Period, obligation.Stage, obligation.Submitter.Key, ct));
        }

        db.Submissions.Add(draft);
        if (versions.FirstOrDefault(v => v.Status == SubmissionStatus.Submitted) is { } replaced)
        {
            // The new version starts with the files of the one it replaces; their bytes are shared, not copied.
            foreach (var file in await db.Files.AsNoTracking().Where(f => f.SubmissionId == replaced.Id).ToListAsync(ct))
            {
                db.Files.Add(new ReportFile { Id = Guid.CreateVersion7(), Province = Province, SubmissionId = draft.Id, ContentId = file.ContentId, FileName = file.FileName, ContentType = file.ContentType, Size = file.Size, Sha256 = file.Sha256, AddedBy = file.AddedBy, AddedAt = file.AddedAt, Text = file.Text });
            }
        }

        return draft;
    }

    /// <summary>The draft's figures become those typed: a figure cleared is taken off, a changed one replaced.</summary>
    private async Task SetFiguresAsync(Submission draft, Dictionary<string, decimal> figures, CancellationToken ct)
    {
        var saved = db.Entry(draft).State == EntityState.Added ? [] : await db.IndicatorFigures.Where(f => f.SubmissionId == draft.Id).ToListAsync(ct);
        foreach (var figure in saved)
        {
            if (figures.TryGetValue(figure.IndicatorKey, out var value))
            {
                figure.Value = value;
            }
            else
            {
                db.IndicatorFigures.Remove(figure);
            }
        }

        foreach (var (key, value) in figures.Where(f => saved.All(s => s.IndicatorKey != f.Key)))
        {
            db.IndicatorFigures.Add(new IndicatorFigure { Id = Guid.CreateVersion7(), Province = Province, SubmissionId = draft.Id, IndicatorKey = key, Value = value });
        }
    }

    /// <summary>
    /// What a submission lacks: the results, and the summary's sections the stage's article requires. An indicator's
    /// figure is not required to submit (<see cref="ReportFigures.Read"/> says why).
    /// </summary>
    private Dictionary<string, Message> Missing(Obligation obligation, Submission draft)
    {
        var errors = new Dictionary<string, Message>();
        if (string.IsNullOrWhiteSpace(draft.Full.Results))
        {
            errors[nameof(ReportForm.Results)] = new("Báo cáo cần ít nhất phần kết quả đạt được.", "A report needs at least its results.");
        }

        if (obligation.Stage.Summary is { } summary)
        {
            foreach (var section in summary.Sections.Where(s => string.IsNullOrWhiteSpace(draft.Summary[s])))
            {
                errors["Summary" + section] = Message.Citing(province.Required.Name, summary.Article,
                    $"Báo cáo tóm tắt phải có phần {Sections.Vietnamese(section).ToLowerInvariant()}", $"The summary needs its {Sections.English(section).ToLowerInvariant()} section");
            }
        }

        return errors;
    }

    /// <summary>The version was last saved by this very opened form, by the same person.</summary>
    private bool FromSameSheet(Submission version, ReportForm form) =>
        form.Sheet != Guid.Empty && version.SavedFrom == form.Sheet && version.UpdatedBy == actor.Name;

    private static bool SameText(Submission version, ReportForm form) =>
        version.Full.Results == Clean(form.Results) && version.Full.Shortcomings == Clean(form.Shortcomings) && version.Full.Causes == Clean(form.Causes)
        && version.Full.TasksAndSolutions == Clean(form.TasksAndSolutions) && version.Full.Proposals == Clean(form.Proposals)
        && version.Summary.Results == Clean(form.SummaryResults) && version.Summary.Shortcomings == Clean(form.SummaryShortcomings) && version.Summary.Causes == Clean(form.SummaryCauses)
        && version.Summary.TasksAndSolutions == Clean(form.SummaryTasksAndSolutions) && version.Summary.Proposals == Clean(form.SummaryProposals);

    private enum Writing
    {
        Save,
        Autosave,
        Submit,
    }

    /// <summary>Gathers the compiled stage's reports again into the draft, after late or corrected ones arrived.</summary>
    public async Task<Outcome> RefreshSourcesAsync(Obligation obligation, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await MayWriteAsync(user, obligation.Submitter))
        {
            return Outcome.Refused(new("Chỉ người phải gửi báo cáo này mới soạn được.", "Only whoever owes this report writes it."));
        }

        var draft = await Versions(obligation).SingleOrDefaultAsync(s => s.Status == SubmissionStatus.Draft, ct);
        if (draft is null || draft.Version != version)
        {
            return Edits.Clash;
        }

        draft.CompiledFrom = Snapshot(await book.SourcesAsync(obligation.Period, obligation.Stage, obligation.Submitter.Key, ct));
        (draft.UpdatedBy, draft.UpdatedAt) = (actor.Name, clock.GetUtcNow());
        return await Outcome.SaveAsync(db, draft.Id, Edits.Clash, ct);
    }

    /// <summary>Takes files off the draft; bytes no other version holds go with them.</summary>
    private async Task RemoveAsync(IReadOnlyList<ReportFile> removed, CancellationToken ct)
    {
        if (removed.Count == 0)
        {
            return;
        }

        var ids = removed.Select(f => f.Id).ToList();
        var contents = removed.Select(f => f.ContentId).Distinct().ToList();
        var kept = await db.Files.Where(f => contents.Contains(f.ContentId) && !ids.Contains(f.Id)).Select(f => f.ContentId).Distinct().ToListAsync(ct);
        foreach (var file in removed)
        {
            db.Files.Remove(file);
        }

        foreach (var id in contents.Except(kept))
        {
            db.FileContents.Remove(new ReportFileContent { Id = id, Province = Province, Bytes = [] });
        }
    }

    private IQueryable<Submission> Versions(Obligation o) =>
        db.Submissions.Where(s => s.PeriodKind == o.Period.Kind && s.Year == o.Period.Year && s.Number == o.Period.Number && s.StageKey == o.Stage.Key && s.SubmitterKey == o.Submitter.Key);

    private static List<CompiledSource> Snapshot(IReadOnlyList<Submission> sources) =>
        [.. sources.Select(s => new CompiledSource { SourceId = s.Id, SubmitterKey = s.SubmitterKey, Edition = s.Edition })];

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The sections' names.</summary>
internal static class Sections
{
    public static string Vietnamese(ReportSection section) => section switch
    {
        ReportSection.Results => "Kết quả đạt được",
        ReportSection.Shortcomings => "Tồn tại, hạn chế",
        ReportSection.Causes => "Nguyên nhân",
        ReportSection.TasksAndSolutions => "Nhiệm vụ, giải pháp",
        _ => "Đề xuất, kiến nghị",
    };

    public static string English(ReportSection section) => section switch
    {
        ReportSection.Results => "Results",
        ReportSection.Shortcomings => "Shortcomings and limitations",
        ReportSection.Causes => "Causes",
        ReportSection.TasksAndSolutions => "Tasks and solutions",
        _ => "Proposals",
    };

    public static string Of(ReportSection section) => Text.IsEnglish ? English(section) : Vietnamese(section);
}
