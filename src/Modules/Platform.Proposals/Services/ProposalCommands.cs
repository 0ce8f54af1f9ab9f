using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Files;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Meetings.Contracts;
using Platform.Proposals.Model;
using Platform.Proposals.Persistence;
using Platform.Sdk.Oversight;
using Platform.Sdk.Structure;

namespace Platform.Proposals.Services;

/// <summary>What a member, a body or an agency types to raise a proposal or an obstacle.</summary>
internal sealed class FilingForm
{
    /// <summary>Who files: "ghe:" and a seat key, "nhom:" and a body key, "co-quan:" and an agency key (<see cref="FilerOption.Value"/>).</summary>
    public string? Filer { get; set; }
    public string? Kind { get; set; }
    public string? Subject { get; set; }
    public string? Content { get; set; }
    public string? Portfolio { get; set; }

    /// <summary>Of whom it is asked: an agency of the committee…</summary>
    public string? AddresseeAgency { get; set; }

    /// <summary>… or someone named in words.</summary>
    public string? AddresseeText { get; set; }
}

/// <summary>
/// Filing and handling proposals and obstacles. The command decides who may act: a seat's holder, a body's member or
/// its lead agency's focal point, an agency's focal point files; the standing agency answers, forwards, puts to the
/// leaders or on an agenda; the competent agency's focal points answer what was forwarded to it; the decider the pack
/// names decides what was put to the leaders (Đắk Lắk, Art. 14.4: the head; Sơn La, Art. 10.2: the standing leaders).
/// </summary>
internal sealed class ProposalCommands(
    ProposalsDbContext db,
    CurrentProvince province,
    ProposalAccess access,
    ICommitteeDirectory committee,
    IMeetingRecords meetings,
    IWorkingCalendar calendar,
    ICurrentActor actor,
    INotificationOutbox outbox,
    TimeProvider clock) : IModuleService
{
    public static readonly Outcome Clash = Outcome.Conflicted(new(
        "Kiến nghị vừa được người khác cập nhật; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
        "Someone else updated this proposal; your change was not saved. Review it and send again."));

    private ProvinceDefinition Province => province.Required;

    private OversightRules Rules => Province.Oversight;

    private DateOnly Today => VietnamTime.Today(clock);

    private string Link(Guid id) => $"/{Province.Code.Value}/kien-nghi/{id}";

    public async Task<Outcome> FileAsync(FilingForm form, IReadOnlyList<Upload> uploads, ClaimsPrincipal user, CancellationToken ct)
    {
        var options = await access.FilerOptionsAsync(user, ct);
        if (options.Count == 0)
        {
            return Outcome.Refused(FilersOnly());
        }

        var errors = new Dictionary<string, Message>();
        var filer = options.FirstOrDefault(o => o.Value == form.Filer);
        if (filer is null)
        {
            errors["Form.Filer"] = FilersOnly();
        }

        if (!Enum.TryParse<ProposalKind>(form.Kind, out var kind) || !Enum.IsDefined(kind))
        {
            errors["Form.Kind"] = new("Hãy chọn kiến nghị, đề xuất hay khó khăn, vướng mắc.", "Choose a proposal or a difficulty, an obstacle.");
        }

        var subject = form.Subject?.Trim();
        if (string.IsNullOrEmpty(subject))
        {
            errors["Form.Subject"] = new("Hãy nhập trích yếu.", "Enter the subject.");
        }
        else if (subject.Length > 1000)
        {
            errors["Form.Subject"] = new("Trích yếu tối đa 1000 ký tự.", "The subject is at most 1000 characters.");
        }

        var content = form.Content?.Trim();
        if (string.IsNullOrEmpty(content))
        {
            errors["Form.Content"] = new("Hãy nêu nội dung kiến nghị hoặc vướng mắc và đề xuất giải pháp.", "State what is asked, or the obstacle and the solution proposed.");
        }

        var portfolio = string.IsNullOrWhiteSpace(form.Portfolio) ? null : form.Portfolio;
        if (portfolio is not null && Province.Portfolios.All(p => p.Key != portfolio))
        {
            errors["Form.Portfolio"] = new("Lĩnh vực không có trong quy chế của tỉnh.", "The portfolio is not one of the province's.");
        }

        var addressee = string.IsNullOrWhiteSpace(form.AddresseeAgency) ? null : form.AddresseeAgency;
        if (addressee is not null && Province.FindAgency(addressee) is null)
        {
            errors["Form.AddresseeAgency"] = new("Cơ quan không có trong danh sách của tỉnh.", "The agency is not one of the province's.");
        }

        var (accepted, refusal) = await Uploads.ReadAsync(uploads, ct);
        if (refusal is not null)
        {
            errors["Form.Files"] = refusal;
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var code = Province.Code.Value;
        var now = clock.GetUtcNow();
        var number = (await db.Proposals.Where(p => p.Year == Today.Year).MaxAsync(p => (int?)p.Number, ct) ?? 0) + 1;
        var proposal = new Proposal
        {
            Id = Guid.CreateVersion7(),
            Province = code,
            Year = Today.Year,
            Number = number,
            Kind = kind,
            Subject = subject!,
            Content = content!,
            PortfolioKey = portfolio,
            AddresseeAgencyKey = addressee,
            AddresseeText = addressee is null && !string.IsNullOrWhiteSpace(form.AddresseeText) ? form.AddresseeText.Trim() : null,
            FilerKind = filer!.Kind,
            FilerKey = filer.Key,
            FilerName = filer.Name,
            FiledBy = actor.Name,
            FiledAt = now,
            FiledOn = Today,
            // The answer is due the pack's number of working days after filing, when the regulation states one.
            Due = Rules.ResponseDays is { } days and > 0 ? calendar.NthWorkingDayAfter(Today, days) : null,
            State = ProposalState.Filed,
        };
        proposal.Events.Add(Event(proposal, ProposalStep.Filed, null));
        db.Proposals.Add(proposal);
        foreach (var file in accepted)
        {
            var fileId = Guid.CreateVersion7();
            db.Files.Add(new ProposalFile
            {
                Id = fileId, Province = code, ProposalId = proposal.Id, FileName = file.Name, ContentType = file.ContentType,
                Size = file.Bytes.LongLength, Sha256 = file.Sha256, UploadedBy = actor.Name, UploadedAt = now,
                Text = file.Text,
            });
            db.FileContents.Add(new FileContent { Id = fileId, Province = code, Bytes = file.Bytes });
        }

        // Filed through the standing agency (the articles the pack cites): it hears of it at once.
        outbox.Add(db, new Notification
        {
            Kind = "proposal.filed",
            Subject = $"{KindName(kind)} số {proposal.Reference}: {proposal.Subject}",
            Body = $"{proposal.FilerName} gửi {KindName(kind).ToLowerInvariant()}: {proposal.Subject}" + Articles(Rules.ProposalsRaised),
            Link = Link(proposal.Id),
            Roles = ["secretariat"],
        });
        return await SaveAsync(proposal.Id, ct);
    }

    /// <summary>
    /// Records an answer. Who may answer depends on where it stands: the standing agency while filed or on an agenda
    /// (the meeting's outcome), the competent agency's focal points once forwarded to it, the decider the pack names once
    /// put to the leaders (their answer is their decision). Anyone else is refused, with the article.
    /// </summary>
    public async Task<Outcome> AnswerAsync(Guid id, string? answer, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return Outcome.Missing;
        }

        var viewer = await access.ViewerAsync(user, ct);
        if (!viewer.Sees(proposal))
        {
            return Outcome.Missing;
        }

        AnswerSource source;
        switch (proposal.State)
        {
            case ProposalState.Answered:
                return Outcome.Broken(new("Kiến nghị đã được trả lời.", "The proposal is already answered."));
            case ProposalState.Forwarded:
                if (proposal.ForwardedTo is not { } agency || !user.AgenciesIn(Province.Code.Value).Contains(agency))
                {
                    return Outcome.Refused(new(
                        $"Kiến nghị đã được chuyển {AgencyName(proposal.ForwardedTo)}; đầu mối của cơ quan đó trả lời.",
                        $"The proposal was forwarded to {AgencyName(proposal.ForwardedTo)}; that agency's focal points answer it."));
                }

                source = AnswerSource.CompetentAgency;
                break;
            case ProposalState.WithLeaders:
                if (viewer.DeciderSeat is null)
                {
                    return Outcome.Refused(access.DeciderOnly());
                }

                source = AnswerSource.Leader;
                break;
            default:
                if (!viewer.IsSecretariat)
                {
                    return Outcome.Refused(access.Cite(Rules.ProposalsRaised.FirstOrDefault(),
                        "Chỉ Cơ quan thường trực trả lời kiến nghị gửi đến Ban Chỉ đạo, chuyển cơ quan có thẩm quyền hoặc trình lãnh đạo.",
                        "Only the standing agency answers a proposal sent to the committee, forwards it or puts it to the leaders."));
                }

                source = AnswerSource.StandingAgency;
                break;
        }

        if (string.IsNullOrWhiteSpace(answer))
        {
            return Outcome.Invalid("Answer", new("Hãy nhập nội dung trả lời.", "Enter the answer."));
        }

        if (proposal.Version != version)
        {
            return Clash;
        }

        proposal.State = ProposalState.Answered;
        proposal.Answer = answer.Trim();
        proposal.AnsweredAs = source;
        proposal.AnsweredBy = actor.Name;
        proposal.AnsweredBySeat = source == AnswerSource.Leader ? viewer.DeciderSeat : null;
        proposal.AnsweredAt = clock.GetUtcNow();
        db.Events.Add(Event(proposal, ProposalStep.Answered, proposal.Answer));

        // The filer sees the answer on the page, and hears of it.
        outbox.Add(db, new Notification
        {
            Kind = "proposal.answered",
            Subject = $"Trả lời {KindName(proposal.Kind).ToLowerInvariant()} số {proposal.Reference}: {proposal.Subject}",
            Body = $"{(source == AnswerSource.Leader ? "Ý kiến quyết định của lãnh đạo Ban Chỉ đạo" : "Nội dung trả lời")}: {proposal.Answer}",
            Link = Link(id),
            Seats = proposal.FilerKind == FilerKind.Seat ? [proposal.FilerKey] : [],
            Agencies = proposal.FilerKind switch
            {
                FilerKind.Agency => [proposal.FilerKey],
                FilerKind.Body when Province.Bodies.FirstOrDefault(b => b.Key == proposal.FilerKey)?.LeadAgencyKey is { } lead => [lead],
                _ => [],
            },
        });
        return await SaveAsync(id, ct);
    }

    /// <summary>The standing agency forwards it to the competent agency of the committee, whose focal points answer it.</summary>
    public async Task<Outcome> ForwardAsync(Guid id, string? agencyKey, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await LoadForStandingAgencyAsync(id, version, user, ct) is not { } loaded)
        {
            return Outcome.Missing;
        }

        if (loaded.Refusal is { } refused)
        {
            return refused;
        }

        var proposal = loaded.Proposal!;
        var agencies = await committee.AgenciesAsync(ct);
        if (agencyKey is null || agencies.All(a => a.Key != agencyKey))
        {
            return Outcome.Invalid("AgencyKey", new("Hãy chọn cơ quan có thẩm quyền của Ban Chỉ đạo.", "Choose the competent agency of the committee."));
        }

        proposal.State = ProposalState.Forwarded;
        proposal.ForwardedTo = agencyKey;
        proposal.MeetingId = null;
        proposal.MeetingTitle = null;
        db.Events.Add(Event(proposal, ProposalStep.Forwarded, AgencyName(agencyKey)));
        outbox.Add(db, new Notification
        {
            Kind = "proposal.forwarded",
            Subject = $"Chuyển {KindName(proposal.Kind).ToLowerInvariant()} số {proposal.Reference}: {proposal.Subject}",
            Body = $"Cơ quan thường trực chuyển {KindName(proposal.Kind).ToLowerInvariant()} của {proposal.FilerName} để cơ quan trả lời: {proposal.Subject}",
            Link = Link(id),
            Agencies = [agencyKey],
        });
        return await SaveAsync(id, ct);
    }

    /// <summary>The standing agency puts it to the leaders; the decider the pack names decides it.</summary>
    public async Task<Outcome> PutToLeadersAsync(Guid id, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await LoadForStandingAgencyAsync(id, version, user, ct) is not { } loaded)
        {
            return Outcome.Missing;
        }

        if (loaded.Refusal is { } refused)
        {
            return refused;
        }

        var proposal = loaded.Proposal!;
        proposal.State = ProposalState.WithLeaders;
        proposal.MeetingId = null;
        proposal.MeetingTitle = null;
        db.Events.Add(Event(proposal, ProposalStep.PutToLeaders, null));
        var deciders = (await committee.SeatsOnAsync(Today, ct)).Where(s => access.Decides(s.Role)).Select(s => s.SeatKey).ToList();
        outbox.Add(db, new Notification
        {
            Kind = "proposal.leaders",
            Subject = $"Trình {KindName(proposal.Kind).ToLowerInvariant()} số {proposal.Reference}: {proposal.Subject}",
            Body = $"Cơ quan thường trực trình lãnh đạo Ban Chỉ đạo xem xét, quyết định: {proposal.Subject}" +
                   (Rules.DeciderArticle is { } a ? $" ({Province.Name}, Điều {a})" : ""),
            Link = Link(id),
            Seats = deciders,
        });
        return await SaveAsync(id, ct);
    }

    /// <summary>
    /// The standing agency puts it on a meeting's agenda: the one chosen, or the next meeting (it then waits on the agenda
    /// page of the next meeting scheduled, or of the next one to be scheduled).
    /// </summary>
    public async Task<Outcome> PutOnAgendaAsync(Guid id, Guid? meetingId, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await LoadForStandingAgencyAsync(id, version, user, ct) is not { } loaded)
        {
            return Outcome.Missing;
        }

        if (loaded.Refusal is { } refused)
        {
            return refused;
        }

        var proposal = loaded.Proposal!;
        if (proposal.CannotPutOnAgenda() is { } why)
        {
            return Outcome.Broken(why);
        }

        var meeting = meetingId is { } chosen ? await meetings.MeetingAsync(chosen, ct) : null;
        if (meetingId is not null && meeting is null)
        {
            return Outcome.Invalid("MeetingId", new("Không tìm thấy cuộc họp.", "The meeting was not found."));
        }

        proposal.State = ProposalState.OnAgenda;
        proposal.MeetingId = meeting?.Id;
        proposal.MeetingTitle = meeting?.Title;
        proposal.TakenByMeeting = false;
        db.Events.Add(Event(proposal, ProposalStep.PutOnAgenda, meeting?.Title ?? "Cuộc họp tiếp theo"));
        return await SaveAsync(id, ct);
    }

    /// <summary>A meeting took it as an agenda item (from the meeting's agenda page): the proposal records the meeting.</summary>
    public async Task<Outcome> TakeAsync(Guid id, Guid meetingId, string meetingTitle, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.IsSecretariatAsync(user))
        {
            return Outcome.Refused(new("Chỉ Cơ quan thường trực đưa kiến nghị vào chương trình họp.", "Only the standing agency puts a proposal on a meeting's agenda."));
        }

        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return Outcome.Missing;
        }

        if (proposal.CannotBeTaken(meetingId) is { } why)
        {
            return Outcome.Broken(why);
        }

        proposal.MeetingId = meetingId;
        proposal.MeetingTitle = meetingTitle;
        proposal.TakenByMeeting = true;
        db.Events.Add(Event(proposal, ProposalStep.TakenByMeeting, meetingTitle));
        return await SaveAsync(id, ct);
    }

    private sealed record Loaded(Proposal? Proposal, Outcome? Refusal);

    /// <summary>The proposal for a step of the standing agency's; null when missing, else with the refusal if any.</summary>
    private async Task<Loaded?> LoadForStandingAgencyAsync(Guid id, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return null;
        }

        if (!await access.IsSecretariatAsync(user))
        {
            return new(null, Outcome.Refused(access.Cite(Rules.ProposalsRaised.FirstOrDefault(),
                "Chỉ Cơ quan thường trực chuyển, trình lãnh đạo hoặc đưa kiến nghị vào chương trình họp.",
                "Only the standing agency forwards a proposal, puts it to the leaders or on a meeting's agenda.")));
        }

        if (proposal.CannotRoute() is { } why)
        {
            return new(null, Outcome.Broken(why));
        }

        return proposal.Version != version ? new(null, Clash) : new(proposal, null);
    }

    private Message FilersOnly() => access.Cite(Rules.ProposalsRaised.FirstOrDefault(),
        "Thành viên (cho vị trí mình giữ), tiểu ban, tổ công tác hoặc đầu mối của cơ quan gửi kiến nghị qua Cơ quan thường trực.",
        "Members (for their seats), sub-committees, working groups or an agency's focal points raise proposals through the standing agency.");

    private ProposalEvent Event(Proposal proposal, ProposalStep step, string? note) => new()
    {
        Id = Guid.CreateVersion7(), Province = proposal.Province, ProposalId = proposal.Id, Step = step, By = actor.Name, At = clock.GetUtcNow(), Note = note,
    };

    private string AgencyName(string? key) => key is null ? "" : Province.FindAgency(key)?.Name ?? key;

    private string Articles(IReadOnlyList<Sdk.ArticleRef> articles) =>
        articles.Count == 0 ? "" : $" ({Province.Name}, Điều {string.Join(", ", articles)})";

    public static string KindName(ProposalKind kind) => kind == ProposalKind.Obstacle ? "Khó khăn, vướng mắc" : "Kiến nghị, đề xuất";

    private async Task<Outcome> SaveAsync(Guid id, CancellationToken ct)
    {
        try
        {
            return await Outcome.SaveAsync(db, id, Clash, ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return Clash;
        }
    }
}
