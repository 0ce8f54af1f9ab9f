using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Commands;
using Platform.Core.Files;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;
using Platform.Meetings.Rules;
using Platform.Sdk.Meetings;

namespace Platform.Meetings.Services;

/// <summary>A briefing without its file's bytes, for the meeting page.</summary>
internal sealed record BriefingRow(Guid Id, string SeatKey, string Text, string? FileName, long? Size, string SentBy, DateTimeOffset SentAt);

/// <summary>
/// Material members send for the head's speech, where the regulation asks for it (Đắk Lắk, Art. 13.2: for extraordinary
/// and thematic meetings, to the PPC Office). The holder of an invited member seat sends, until the meeting is held;
/// the preparing agency's people, the head and the standing agency read every send; a member reads their own.
/// </summary>
internal sealed class BriefingDesk(MeetingsDbContext db, MeetingRulebook rules, MeetingAccess access, ICurrentActor actor, TimeProvider clock) : IModuleService
{
    public const string TextField = "BriefingText";

    /// <summary>The rule, when it applies to this meeting.</summary>
    public BriefingRule? RuleFor(Meeting meeting) =>
        rules.Rules.Briefing is { } rule && rule.Kinds.Contains(meeting.Kind) ? rule : null;

    /// <summary>Whether <paramref name="user"/> reads every member's send: the standing agency, the head, the preparing agency.</summary>
    public async Task<bool> ReadsAllAsync(ClaimsPrincipal user)
    {
        if (user.HoldsSeat(rules.Province.Code.Value, rules.HeadSeatKey) || await access.IsSecretariatAsync(user))
        {
            return true;
        }

        return user.HoldsSeatAt(rules.Province, rules.Rules.Briefing?.PreparedByAgencyKey);
    }

    /// <summary>The sends this user may read, oldest first: one statement.</summary>
    public async Task<IReadOnlyList<BriefingRow>> ListAsync(Guid meetingId, ClaimsPrincipal user, CancellationToken ct)
    {
        var query = db.Briefings.AsNoTracking().Where(b => b.MeetingId == meetingId);
        if (!await ReadsAllAsync(user))
        {
            var mine = user.SeatsIn(rules.Province.Code.Value).ToList();
            query = query.Where(b => mine.Contains(b.SeatKey));
        }

        return await query.OrderBy(b => b.SentAt)
            .Select(b => new BriefingRow(b.Id, b.SeatKey, b.Text, b.FileName, b.Size, b.SentBy, b.SentAt))
            .ToListAsync(ct);
    }

    /// <summary>Sends information (and a file, optionally) for the head's speech for the member seat <paramref name="seatKey"/>.</summary>
    public async Task<Outcome> SendAsync(Guid meetingId, string? seatKey, string? text, Upload? upload, ClaimsPrincipal user, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Invitations).SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return Outcome.Missing;
        }

        if (RuleFor(meeting) is not { } rule)
        {
            return Outcome.Broken(new("Quy chế không yêu cầu gửi tài liệu phục vụ Trưởng Ban cho cuộc họp này.", "The regulation asks for no material for the head for this meeting."));
        }

        var province = rules.Province.Name;
        if (seatKey is null || !user.HoldsSeat(rules.Province.Code.Value, seatKey) || !meeting.Invitations.Any(i => i.SeatKey == seatKey))
        {
            return Outcome.Refused(Message.Citing(province, rule.Article,
                "Thành viên được mời họp gửi thông tin, tài liệu phục vụ Trưởng Ban", "Invited members send material for the head"));
        }

        if (meeting.CheckTakesBriefings() is { } closed)
        {
            return closed;
        }

        var errors = new Dictionary<string, Message>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[TextField] = Message.Citing(province, rule.Article,
                "Hãy nêu thông tin phục vụ nội dung phát biểu của Trưởng Ban", "Give the information for the head's speech");
        }

        var (files, refusal) = await Uploads.ReadAsync(upload is null ? [] : [upload], ct);
        if (refusal is not null)
        {
            errors["BriefingFile"] = new(refusal.Vietnamese + " Chưa gửi gì; hãy chọn lại tệp.", refusal.English + " Nothing was sent; choose the file again.");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var file = files.SingleOrDefault();
        var briefing = new Briefing
        {
            Id = Guid.CreateVersion7(),
            Province = meeting.Province,
            MeetingId = meetingId,
            SeatKey = seatKey,
            Text = text!.Trim(),
            FileName = file?.Name,
            ContentType = file?.ContentType,
            Size = file?.Bytes.LongLength,
            Sha256 = file?.Sha256,
            SentBy = actor.Name,
            SentAt = clock.GetUtcNow(),
        };
        db.Briefings.Add(briefing);
        if (file is not null)
        {
            db.BriefingContents.Add(new BriefingContent { Id = briefing.Id, Province = meeting.Province, Bytes = file.Bytes });
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(meetingId);
    }

    /// <summary>The file of a send, for whoever may read that send; null otherwise.</summary>
    public async Task<(string FileName, string ContentType, byte[] Bytes)?> FileAsync(Guid meetingId, Guid briefingId, ClaimsPrincipal user, CancellationToken ct)
    {
        var briefing = await db.Briefings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == briefingId && b.MeetingId == meetingId, ct);
        if (briefing?.FileName is null || (!user.HoldsSeat(rules.Province.Code.Value, briefing.SeatKey) && !await ReadsAllAsync(user)))
        {
            return null;
        }

        var bytes = await db.BriefingContents.AsNoTracking().Where(c => c.Id == briefingId).Select(c => c.Bytes).SingleAsync(ct);
        return (briefing.FileName, briefing.ContentType!, bytes);
    }
}
