using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Forms;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;
using Platform.Meetings.Rules;

namespace Platform.Meetings.Services;

/// <summary>The conclusion notice form as typed.</summary>
internal sealed class NoticeForm
{
    [StringLength(TextLimits.Name)]
    public string? Number { get; set; }
    public string? Date { get; set; }
    [StringLength(TextLimits.Name)]
    public string? Signer { get; set; }
    [StringLength(TextLimits.Long)]
    public string? Preamble { get; set; }
    public List<NoticeItemForm> Items { get; set; } = [];
    public uint Version { get; set; }
}

/// <summary>One conclusion item as typed; a row left blank is dropped.</summary>
internal sealed class NoticeItemForm
{
    [StringLength(TextLimits.Item)]
    public string? Text { get; set; }
    public string? LeadAgencyKey { get; set; }
    public string? DueDate { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(LeadAgencyKey) && string.IsNullOrWhiteSpace(DueDate);
}

/// <summary>
/// The conclusion notice: drafted by the standing agency, approved by the chair, issued to every member and related
/// agency, each of whom sees it and whose receipt is recorded. Once issued it does not change.
/// </summary>
internal sealed class NoticeCommands(
    MeetingsDbContext db, MeetingRulebook rules, ICommitteeDirectory committee, MeetingAccess access, MeetingNotifications notifications, ICurrentActor actor, TimeProvider clock,
    DocumentRegister register) : IModuleService
{
    private string Province => rules.Province.Code.Value;

    /// <summary>The standing agency drafts the notice of a held meeting; anyone else is refused.</summary>
    public async Task<Outcome> SaveDraftAsync(Guid meetingId, NoticeForm form, ClaimsPrincipal user, CancellationToken ct) =>
        await access.RefuseUnlessSecretariatAsync(user) ?? await SeedDraftAsync(meetingId, form, ct);

    /// <summary>Saves the draft with no user to check: for the demo data written at start-up, as the system.</summary>
    public async Task<Outcome> SeedDraftAsync(Guid meetingId, NoticeForm form, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return Outcome.Missing;
        }

        if (meeting.CheckTakesConclusions() is { } notHeld)
        {
            return notHeld;
        }

        var notice = await db.Notices.Include(n => n.Items).SingleOrDefaultAsync(n => n.MeetingId == meetingId, ct);
        if (notice is not null && notice.Version != form.Version)
        {
            return Edits.Clash;
        }

        if (notice?.CheckRevisable() is { } issued)
        {
            return issued;
        }

        var errors = new Dictionary<string, Message>();
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(form.Date))
        {
            if (VietnamTime.TryParse(form.Date, out var d))
            {
                date = d;
            }
            else
            {
                errors[nameof(NoticeForm.Date)] = new("Ngày phải có dạng dd/MM/yyyy.", "The date must be dd/MM/yyyy.");
            }
        }

        var agencies = (await committee.AgenciesAsync(ct)).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var items = new List<ConclusionItem>();
        foreach (var (item, index) in form.Items.Select((item, index) => (item, index)).Where(x => !x.item.IsBlank))
        {
            var key = $"Items[{index}]";
            DateOnly? due = null;
            if (string.IsNullOrWhiteSpace(item.Text))
            {
                errors[key] = new($"Mục {index + 1}: hãy nhập nội dung kết luận.", $"Item {index + 1}: enter the conclusion.");
            }
            else if (item.LeadAgencyKey is { Length: > 0 } lead && !agencies.Contains(lead))
            {
                errors[key] = new($"Mục {index + 1}: cơ quan chủ trì không có trong danh sách.", $"Item {index + 1}: unknown lead agency.");
            }
            else if (!string.IsNullOrWhiteSpace(item.DueDate))
            {
                if (VietnamTime.TryParse(item.DueDate, out var d))
                {
                    due = d;
                }
                else
                {
                    errors[key] = new($"Mục {index + 1}: hạn phải có dạng dd/MM/yyyy.", $"Item {index + 1}: the deadline must be dd/MM/yyyy.");
                }
            }

            items.Add(new ConclusionItem
            {
                Id = Guid.CreateVersion7(),
                Province = Province,
                Number = items.Count + 1,
                Text = item.Text?.Trim() ?? "",
                LeadAgencyKey = string.IsNullOrWhiteSpace(item.LeadAgencyKey) ? null : item.LeadAgencyKey,
                DueDate = due,
            });
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        if (notice is null)
        {
            notice = new ConclusionNotice { Id = Guid.CreateVersion7(), Province = Province, MeetingId = meetingId, DraftedBy = actor.Name };
            db.Notices.Add(notice);
        }

        if (notice.Revise(actor.Name, clock.GetUtcNow()) is { } refused)
        {
            return refused;
        }

        notice.Number = Blank(form.Number);
        notice.Date = date;
        notice.Signer = Blank(form.Signer);
        notice.Preamble = Blank(form.Preamble);
        db.NoticeItems.RemoveRange(notice.Items);
        notice.Items.Clear();
        foreach (var item in items)
        {
            // Added through the set, not only the navigation: otherwise EF Core takes an item with its key set for an
            // existing row of an existing notice and updates nothing.
            item.NoticeId = notice.Id;
            db.NoticeItems.Add(item);
        }

        return await Edits.SaveAsync(db, meetingId, ct);
    }

    /// <summary>The chair approves the draft; it must be complete: number, date, signer and at least one item.</summary>
    public async Task<Outcome> ApproveAsync(Guid meetingId, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        var notice = await db.Notices.Include(n => n.Items).SingleOrDefaultAsync(n => n.MeetingId == meetingId, ct);
        if (meeting is null || notice is null)
        {
            return Outcome.Missing;
        }

        if (!user.HoldsSeat(Province, meeting.ChairSeatKey))
        {
            return Outcome.Refused(new("Chỉ người chủ trì cuộc họp duyệt thông báo kết luận.", "Only the meeting's chair approves its conclusion notice."));
        }

        if (notice.Version != version)
        {
            return Edits.Clash;
        }

        return notice.Approve(actor.Name, clock.GetUtcNow(), user.ActingFor(Province, meeting.ChairSeatKey)?.Reference)
            ?? await Edits.SaveAsync(db, meetingId, ct);
    }

    /// <summary>
    /// Issues the approved notice to every member on its date and to every item's lead agency that no member sits for
    /// (e.g. Đắk Lắk, Art. 9.1: "đến từng thành viên Ban Chỉ đạo và các cơ quan, tổ chức có liên quan").
    /// </summary>
    public async Task<Outcome> IssueAsync(Guid meetingId, uint version, ClaimsPrincipal user, CancellationToken ct) =>
        await access.RefuseUnlessSecretariatAsync(user) ?? await SeedIssueAsync(meetingId, version, ct);

    /// <summary>Issues with no user to check: for the demo data written at start-up, as the system.</summary>
    public async Task<Outcome> SeedIssueAsync(Guid meetingId, uint version, CancellationToken ct)
    {
        var notice = await db.Notices.Include(n => n.Items).SingleOrDefaultAsync(n => n.MeetingId == meetingId, ct);
        if (notice is null)
        {
            return Outcome.Missing;
        }

        if (notice.Version != version)
        {
            return Edits.Clash;
        }

        var now = clock.GetUtcNow();
        var article = rules.Rules.Conclusions?.DraftArticle;
        if (notice.Issue(actor.Name, now, message => article is null ? message : rules.Cite(article, message.Vietnamese, message.English)) is { } refused)
        {
            return refused;
        }

        var seats = await committee.SeatsOnAsync(notice.Date!.Value, ct);
        var agencies = await committee.AgenciesAsync(ct);
        var recipients = seats.Select(s => new NoticeRecipient
        {
            Id = Guid.CreateVersion7(),
            Province = Province,
            NoticeId = notice.Id,
            SeatKey = s.SeatKey,
            AgencyKey = s.AgencyKey,
            Name = s.HolderName is null ? s.Office : $"{s.HolderName} — {s.Office}",
            IssuedAt = now,
        }).ToList();
        var represented = seats.Select(s => s.AgencyKey).ToHashSet(StringComparer.Ordinal);
        recipients.AddRange(notice.Items
            .Select(i => i.LeadAgencyKey)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Where(a => !represented.Contains(a))
            .Select(a => new NoticeRecipient
            {
                Id = Guid.CreateVersion7(),
                Province = Province,
                NoticeId = notice.Id,
                AgencyKey = a,
                Name = agencies.FirstOrDefault(x => x.Key == a)?.Name ?? a,
                IssuedAt = now,
            }));
        db.NoticeRecipients.AddRange(recipients);
        return await SaveNumberedAsync(notice, recipients, meetingId, ct);
    }

    /// <summary>
    /// Saves the issued notice with its number: a notice without one takes the next number of the year's "TB" series
    /// from the document register, in the same transaction (Decree 30/2020/NĐ-CP, Art. 15: numbers run per year and
    /// type; no two notices share one, a cancelled number is not given again). A number typed by hand is kept, but not
    /// one the register already gave.
    /// </summary>
    private async Task<Outcome> SaveNumberedAsync(ConclusionNotice notice, IReadOnlyList<NoticeRecipient> recipients, Guid meetingId, CancellationToken ct)
    {
        var year = notice.Date!.Value.Year;
        var title = await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Title).SingleAsync(ct);
        if (notice.Number is { } typed)
        {
            var suffix = $"/TB-{rules.Province.Documents.Symbol}";
            if (rules.Province.Documents.IsStated && typed.EndsWith(suffix, StringComparison.Ordinal)
                && int.TryParse(typed[..^suffix.Length].Trim(), out var n) && await register.HoldsAsync("TB", year, n, ct))
            {
                return Outcome.Broken(new(
                    $"Số {typed} đã được cấp trong sổ đăng ký văn bản năm {year}: để trống số để sổ cấp số tiếp theo.",
                    $"Number {typed} was already given by the {year} document register: leave the number blank for the register to give the next one."));
            }

            // The recipients are told in the same transaction as the issue (the outbox), or not at all.
            notifications.NoticeIssued(title, notice, recipients);
            return await Edits.SaveAsync(db, meetingId, ct);
        }

        return await register.SaveWithNextNumberAsync(
            "TB",
            year,
            $"Thông báo kết luận: {title}",
            async () => await db.Notices.AsNoTracking()
                .Where(x => x.Id != notice.Id && x.Number != null && x.Date != null && x.Date.Value.Year == year)
                .Select(x => x.Number!).ToListAsync(ct),
            number =>
            {
                notice.Number = $"{number}/TB-{rules.Province.Documents.Symbol}";
                notifications.NoticeIssued(title, notice, recipients);
            },
            () => Edits.SaveAsync(db, meetingId, ct),
            ct);
    }

    /// <summary>
    /// Records that a recipient opened the notice: the first time, for each of the user's seats it went to and each
    /// agency it went to (not through a seat) that the user is a focal point of — an agency reads what it receives.
    /// </summary>
    public async Task MarkReadAsync(Guid noticeId, ClaimsPrincipal user, CancellationToken ct)
    {
        var seats = user.SeatsIn(Province);
        var agencies = user.AgenciesIn(Province);
        if (seats.Count == 0 && agencies.Count == 0)
        {
            return;
        }

        var rows = await db.NoticeRecipients.Where(r => r.NoticeId == noticeId && r.ReadAt == null &&
            ((r.SeatKey != null && seats.Contains(r.SeatKey)) || (r.SeatKey == null && r.AgencyKey != null && agencies.Contains(r.AgencyKey)))).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var row in rows)
        {
            (row.ReadAt, row.ReadBy) = (now, actor.Name);
        }

        await db.SaveChangesAsync(ct);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
