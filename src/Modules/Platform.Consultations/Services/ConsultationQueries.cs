using Microsoft.EntityFrameworkCore;
using Platform.Consultations.Model;
using Platform.Consultations.Persistence;
using Platform.Core.Localization;
using Platform.Core.Modules;

namespace Platform.Consultations.Services;

/// <summary>A consultation in a list, with how many of its recipients have answered.</summary>
internal sealed record ConsultationRow(Guid Id, int Year, int Number, string Subject, ConsultationState State, bool Urgent, DateOnly Deadline, int Recipients, int Answered)
{
    public string Reference => $"{Number}/{Year}";

    public int Rate => Recipients == 0 ? 0 : (int)Math.Round(100.0 * Answered / Recipients);
}

/// <summary>An answer a seat's holder sent, as their history of opinions lists it.</summary>
internal sealed record MyAnswer(Guid ConsultationId, int Year, int Number, string Subject, string SeatKey, int Revision, DateTimeOffset SentAt, bool Late)
{
    public string Reference => $"{Number}/{Year}";
}

/// <summary>One recipient's line in the tally: their current answer (null: none yet) and how many revisions they sent.</summary>
internal sealed record RecipientAnswer(Recipient Recipient, Answer? Current, int Revisions);

/// <summary>Per question: who agreed, disagreed, gave another opinion, and who has not answered.</summary>
internal sealed record QuestionTally(Question Question, IReadOnlyList<(Recipient Who, AnswerLine Line)> Agree, IReadOnlyList<(Recipient Who, AnswerLine Line)> Disagree,
    IReadOnlyList<(Recipient Who, AnswerLine Line)> Other, IReadOnlyList<(Recipient Who, AnswerLine Line)> Text, IReadOnlyList<Recipient> NoAnswer);

/// <summary>A consultation with its questions, recipients, every answer revision, and the tally of the current ones.</summary>
internal sealed record ConsultationView(
    Consultation Consultation, IReadOnlyList<RecipientAnswer> Recipients, IReadOnlyList<QuestionTally> Tally, IReadOnlyList<Answer> History, IReadOnlyList<ConsultationFile> Files,
    IReadOnlyList<AnswerDraft> Drafts)
{
    /// <summary>The answer a focal point prepared for <paramref name="seatKey"/>, if any.</summary>
    public AnswerDraft? DraftFor(string seatKey) => Drafts.FirstOrDefault(d => d.SeatKey == seatKey);

    /// <summary>The documents sent with the request for opinions.</summary>
    public IEnumerable<ConsultationFile> RequestFiles => Files.Where(f => f.AnswerId is null);

    /// <summary>The files an answer revision came with.</summary>
    public IEnumerable<ConsultationFile> FilesOf(Answer answer) => Files.Where(f => f.AnswerId == answer.Id);

    public int Answered => Recipients.Count(r => r.Current is not null);
}

/// <summary>Reads consultations in a fixed number of statements, whatever the number of members or answers.</summary>
internal sealed class ConsultationQueries(ConsultationsDbContext db) : IModuleService
{
    /// <summary>
    /// Consultations, newest first, filtered by year and state and by words of the subject typed with or without
    /// diacritics ("du lieu dan cu" finds "Dữ liệu dân cư"); one statement. The words are matched on the rows read, as
    /// a province asks its members a few dozen times a year.
    /// </summary>
    public async Task<IReadOnlyList<ConsultationRow>> ListAsync(int? year, ConsultationState? state, CancellationToken ct, string? words = null)
    {
        var rows = await RowsAsync(year, state, ct);
        var wanted = VietnameseText.Fold(words).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return wanted.Length == 0
            ? rows
            : [.. rows.Where(r => VietnameseText.Fold(r.Subject) is var subject && wanted.All(w => subject.Contains(w, StringComparison.Ordinal)))];
    }

    private async Task<IReadOnlyList<ConsultationRow>> RowsAsync(int? year, ConsultationState? state, CancellationToken ct)
    {
        var query = db.Consultations.AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(c => c.Year == y);
        }

        if (state is { } s)
        {
            query = query.Where(c => c.State == s);
        }

        return await query.OrderByDescending(c => c.Year).ThenByDescending(c => c.Number)
            .Select(c => new ConsultationRow(c.Id, c.Year, c.Number, c.Subject, c.State, c.Urgent, c.Deadline, c.Recipients.Count,
                db.Answers.Where(a => a.ConsultationId == c.Id && a.Current).Count()))
            .ToListAsync(ct);
    }

    /// <summary>The current answers sent for <paramref name="seats"/>, newest first; one statement.</summary>
    public async Task<IReadOnlyList<MyAnswer>> AnswersOfAsync(IReadOnlyList<string> seats, CancellationToken ct) =>
        seats.Count == 0
            ? []
            : await db.Answers.AsNoTracking().Where(a => a.Current && seats.Contains(a.SeatKey))
                .Join(db.Consultations, a => a.ConsultationId, c => c.Id, (a, c) => new { a, c })
                .OrderByDescending(x => x.a.SentAt)
                .Select(x => new MyAnswer(x.c.Id, x.c.Year, x.c.Number, x.c.Subject, x.a.SeatKey, x.a.Revision, x.a.SentAt, x.a.Late))
                .ToListAsync(ct);

    /// <summary>A file of a consultation of the current province with its bytes, or null.</summary>
    public async Task<(ConsultationFile File, byte[] Bytes)?> FileAsync(Guid consultationId, Guid fileId, CancellationToken ct)
    {
        var found = await db.Files.AsNoTracking().Where(f => f.Id == fileId && f.ConsultationId == consultationId)
            .Join(db.FileContents, f => f.Id, c => c.Id, (f, c) => new { File = f, c.Bytes })
            .SingleOrDefaultAsync(ct);
        return found is null ? null : (found.File, found.Bytes);
    }

    /// <summary>The years that have consultations, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct) =>
        await db.Consultations.Select(c => c.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    /// <summary>
    /// Open consultations asking one of <paramref name="seats"/>, or a seat of one of <paramref name="agencies"/> (whose
    /// focal point prepares its answer), that the seat has not answered yet.
    /// </summary>
    public async Task<IReadOnlyList<(ConsultationRow Row, string SeatKey)>> AwaitingAsync(IReadOnlyList<string> seats, CancellationToken ct, IReadOnlyList<string>? agencies = null)
    {
        agencies ??= [];
        var rows = await db.Recipients.AsNoTracking()
            .Where(r => seats.Contains(r.SeatKey) || (r.AgencyKey != null && agencies.Contains(r.AgencyKey)))
            .Join(db.Consultations.Where(c => c.State == ConsultationState.Open), r => r.ConsultationId, c => c.Id, (r, c) => new { r.SeatKey, c })
            .Where(x => !db.Answers.Any(a => a.ConsultationId == x.c.Id && a.SeatKey == x.SeatKey))
            .OrderBy(x => x.c.Deadline)
            .Select(x => new { x.SeatKey, x.c.Id, x.c.Year, x.c.Number, x.c.Subject, x.c.State, x.c.Urgent, x.c.Deadline })
            .ToListAsync(ct);
        return [.. rows.Select(x => (new ConsultationRow(x.Id, x.Year, x.Number, x.Subject, x.State, x.Urgent, x.Deadline, 0, 0), x.SeatKey))];
    }

    /// <summary>One consultation, its tally, its files' names and prepared answers; a fixed number of statements whatever its size.</summary>
    public async Task<ConsultationView?> ViewAsync(Guid id, CancellationToken ct)
    {
        var consultation = await db.Consultations.AsNoTracking().AsSplitQuery()
            .Include(c => c.Questions).Include(c => c.Recipients).Include(c => c.Items)
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null)
        {
            return null;
        }

        var answers = await db.Answers.AsNoTracking().Include(a => a.Lines).Where(a => a.ConsultationId == id)
            .OrderBy(a => a.SentAt).ToListAsync(ct);
        var recipients = consultation.Recipients.OrderBy(r => r.Order)
            .Select(r => new RecipientAnswer(r, answers.SingleOrDefault(a => a.SeatKey == r.SeatKey && a.Current), answers.Count(a => a.SeatKey == r.SeatKey)))
            .ToList();
        var tally = consultation.Questions.OrderBy(q => q.Number).Select(q =>
        {
            var lines = recipients.Where(r => r.Current is not null)
                .Select(r => (Who: r.Recipient, Line: r.Current!.Lines.Single(l => l.QuestionId == q.Id))).ToList();
            return new QuestionTally(q,
                [.. lines.Where(l => l.Line.Position == Position.Agree)],
                [.. lines.Where(l => l.Line.Position == Position.Disagree)],
                [.. lines.Where(l => l.Line.Position == Position.Other)],
                [.. lines.Where(l => l.Line.Position is null)],
                [.. recipients.Where(r => r.Current is null).Select(r => r.Recipient)]);
        }).ToList();
        var files = await db.Files.AsNoTracking().Where(f => f.ConsultationId == id).OrderBy(f => f.UploadedAt).ThenBy(f => f.FileName).ToListAsync(ct);
        var drafts = await db.Drafts.AsNoTracking().Include(d => d.Lines).Where(d => d.ConsultationId == id).ToListAsync(ct);
        return new ConsultationView(consultation, recipients, tally, answers, files, drafts);
    }
}
