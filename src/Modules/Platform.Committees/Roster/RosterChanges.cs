using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Committees.Appointments;
using Platform.Committees.Persistence;
using Platform.Committees.Structure;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Committees.Roster;

/// <summary>
/// The roster the secretariat keeps beside the pack's ex-officio seats: agencies and member seats added by decision
/// (Đắk Lắk, Điều 8.1 "bổ sung thành viên"; Sơn La, Điều 9.2c–d), a collective seat split into one seat per agency,
/// and the end of an added seat or agency. What the regulation fixes (head, deputies, the pack's seats and agencies)
/// is not the secretariat's to end or rename: refused with the article. Either the whole change is saved or nothing.
/// </summary>
internal sealed partial class RosterChanges(CommitteesDbContext db, CurrentProvince province, TimeProvider clock) : IModuleService
{
    private static readonly AgencyKind[] AddableKinds = [AgencyKind.Department, AgencyKind.LocalGovernment, AgencyKind.Other];

    public async Task<AppointmentResult> ApplyAsync(RosterAction action, string? key, RosterForm form, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var decision = ReadDecision(form, errors);
        var effective = ReadDate(form.EffectiveFrom, nameof(form.EffectiveFrom), errors);
        if (effective is { } e && decision?.Date is { } signed && e < signed)
        {
            errors[nameof(form.EffectiveFrom)] = "Ngày hiệu lực không thể trước ngày ký quyết định.";
        }

        var result = action switch
        {
            RosterAction.AddAgency => await AddAgencyAsync(form, decision, effective, errors, ct),
            RosterAction.AddSeat => await AddSeatAsync(form, decision, effective, errors, ct),
            RosterAction.Split => await SplitAsync(key, form, decision, effective, errors, ct),
            RosterAction.EndSeat => await EndSeatAsync(key, form, decision, effective, errors, ct),
            _ => await EndAgencyAsync(key, form, decision, effective, errors, ct),
        };
        if (result is not null)
        {
            return result;
        }

        if (errors.Count > 0)
        {
            return AppointmentResult.Refused(errors);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return AppointmentResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return AppointmentResult.Conflicted;
        }
        catch (DbUpdateException)
        {
            // Two secretaries adding the same key at once: the unique index refuses the second.
            return AppointmentResult.Conflicted;
        }
    }

    private async Task<AppointmentResult?> AddAgencyAsync(
        RosterForm form, DecisionRecord? decision, DateOnly? effective, Dictionary<string, string> errors, CancellationToken ct)
    {
        var key = Clean(form.AgencyKey);
        var name = Clean(form.AgencyName);
        var shortName = Clean(form.AgencyShortName);
        if (string.IsNullOrEmpty(key))
        {
            errors[nameof(form.AgencyKey)] = "Mã cơ quan là bắt buộc.";
        }
        else if (key.Length > 60 || !KeyPattern().IsMatch(key))
        {
            errors[nameof(form.AgencyKey)] = "Mã cơ quan chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 60 ký tự).";
        }

        if (string.IsNullOrEmpty(name))
        {
            errors[nameof(form.AgencyName)] = "Tên cơ quan là bắt buộc.";
        }
        else if (name.Length > 200)
        {
            errors[nameof(form.AgencyName)] = "Tên cơ quan không được dài quá 200 ký tự.";
        }

        if (!Enum.TryParse<AgencyKind>(form.AgencyKind, out var kind) || !AddableKinds.Contains(kind))
        {
            errors[nameof(form.AgencyKind)] = "Hãy chọn loại cơ quan.";
        }

        if (errors.ContainsKey(nameof(form.AgencyKey)) && errors.ContainsKey(nameof(form.AgencyName)))
        {
            return null;
        }

        var existing = await db.Agencies.AsNoTracking().Select(a => new { a.Key, a.Name }).ToListAsync(ct);
        if (key is not null && existing.Any(a => a.Key == key))
        {
            errors[nameof(form.AgencyKey)] = "Mã cơ quan đã có trong tỉnh.";
        }

        if (name is not null && existing.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors[nameof(form.AgencyName)] = "Tên cơ quan đã có trong tỉnh.";
        }

        if (errors.Count == 0)
        {
            db.Agencies.Add(new Agency
            {
                Id = Guid.CreateVersion7(),
                Province = Code,
                Key = key!,
                Name = name!,
                ShortName = string.IsNullOrEmpty(shortName) ? null : shortName,
                Kind = kind,
                Origin = SeatOrigin.Decision,
                AddedBy = decision,
                ValidFrom = effective,
            });
        }

        return null;
    }

    private async Task<AppointmentResult?> AddSeatAsync(
        RosterForm form, DecisionRecord? decision, DateOnly? effective, Dictionary<string, string> errors, CancellationToken ct)
    {
        var office = Clean(form.Office);
        if (string.IsNullOrEmpty(office))
        {
            errors[nameof(form.Office)] = "Chức vụ là bắt buộc.";
        }
        else if (office.Length > 200)
        {
            errors[nameof(form.Office)] = "Chức vụ không được dài quá 200 ký tự.";
        }

        var agency = await KnownAgencyAsync(form.AgencyKey, effective, errors, ct);
        if (errors.Count > 0 || agency is null)
        {
            return null;
        }

        var order = await db.Seats.Where(s => s.Role == SeatRole.Member).MaxAsync(s => (int?)s.Order, ct) ?? 0;
        var (article, duties) = StructureSynchroniser.EveryMember(province.Required);
        db.Seats.Add(new Seat
        {
            Id = Guid.CreateVersion7(),
            Province = Code,
            Key = await FreeKeyAsync($"bo-sung-{agency.Key}", ct),
            Role = SeatRole.Member,
            Office = office!,
            Article = article.ToString(),
            Duties = [.. duties.Select((d, i) => new Duty { Text = d.Text, Article = d.Article.ToString(), Position = i })],
            AgencyId = agency.Id,
            Origin = SeatOrigin.Decision,
            AddedBy = decision,
            ValidFrom = effective,
            Order = order + 1,
        });
        return null;
    }

    private async Task<AppointmentResult?> SplitAsync(
        string? key, RosterForm form, DecisionRecord? decision, DateOnly? effective, Dictionary<string, string> errors, CancellationToken ct)
    {
        var collective = await db.Seats.SingleOrDefaultAsync(s => s.Key == key, ct);
        if (collective is null)
        {
            return AppointmentResult.Missing;
        }

        if (collective.Version != form.Version)
        {
            return AppointmentResult.Conflicted;
        }

        if (collective.Origin != SeatOrigin.Regulation || collective.Role != SeatRole.Member || collective.PartOf is not null)
        {
            errors[""] = FixedByRegulation(collective, "Chỉ tách được một ghế thành viên tập thể do quy chế quy định; vị trí này không tách được",
                "Only a collective member seat the regulation creates can be split; this seat cannot");
            return null;
        }

        var office = Clean(form.Office);
        if (string.IsNullOrEmpty(office))
        {
            errors[nameof(form.Office)] = "Chức vụ là bắt buộc.";
        }
        else if (office.Length > 100)
        {
            errors[nameof(form.Office)] = "Chức vụ không được dài quá 100 ký tự.";
        }

        var chosen = form.PartAgencies.Select(Clean).Where(k => !string.IsNullOrEmpty(k)).Distinct(StringComparer.Ordinal).ToList();
        var agencies = await db.Agencies.Where(a => chosen.Contains(a.Key)).ToListAsync(ct);
        if (chosen.Count == 0)
        {
            errors[nameof(form.PartAgencies)] = "Hãy chọn ít nhất một cơ quan.";
        }
        else if (agencies.Count != chosen.Count)
        {
            errors[nameof(form.PartAgencies)] = "Cơ quan không có trong tỉnh.";
        }
        else if (agencies.Any(a => a.Id == collective.AgencyId))
        {
            errors[nameof(form.PartAgencies)] = "Không thể chọn chính cơ quan của ghế tập thể.";
        }
        else if (effective is { } day && agencies.Any(a => !a.ExistsOn(day)))
        {
            errors[nameof(form.PartAgencies)] = "Có cơ quan không tồn tại vào ngày hiệu lực.";
        }

        if (effective is { } from && !collective.ExistsOn(from))
        {
            errors[nameof(form.EffectiveFrom)] = "Vị trí này không tồn tại vào ngày hiệu lực theo quy chế.";
        }
        else if (effective is { } start && collective.ValidFrom == start)
        {
            errors[nameof(form.EffectiveFrom)] = "Ngày hiệu lực phải sau ngày bắt đầu của vị trí.";
        }

        if (errors.Count > 0)
        {
            return null;
        }

        foreach (var agency in agencies.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var part = new Seat
            {
                Id = Guid.CreateVersion7(),
                Province = Code,
                Key = await FreeKeyAsync($"{collective.Key}--{agency.Key}", ct),
                Office = $"{office} {agency.Name}",
                Article = collective.Article,
                AgencyId = agency.Id,
                Origin = SeatOrigin.Decision,
                AddedBy = Copy(decision!),
                ValidFrom = effective,
                ValidUntil = collective.ValidUntil,
                PartOf = collective.Key,
            };
            StructureSynchroniser.FollowCollective(part, collective);
            db.Seats.Add(part);
        }

        // The collective seat stops existing from that day; its history (and its holders until then) remains.
        collective.EndedBy = decision;
        collective.EndedFrom = effective;
        collective.ValidUntil = effective!.Value.AddDays(-1);
        collective.Revision++;
        db.Entry(collective).Property(s => s.Version).OriginalValue = form.Version;
        return null;
    }

    private async Task<AppointmentResult?> EndSeatAsync(
        string? key, RosterForm form, DecisionRecord? decision, DateOnly? effective, Dictionary<string, string> errors, CancellationToken ct)
    {
        var seat = await db.Seats.Include(s => s.Appointments).SingleOrDefaultAsync(s => s.Key == key, ct);
        if (seat is null)
        {
            return AppointmentResult.Missing;
        }

        if (seat.Version != form.Version)
        {
            return AppointmentResult.Conflicted;
        }

        if (seat.Origin == SeatOrigin.Regulation)
        {
            errors[""] = FixedByRegulation(seat, "Vị trí do quy chế quy định; không thể kết thúc hay đổi tên",
                "The regulation creates this seat; it cannot be ended or renamed");
            return null;
        }

        CheckEnd(seat.ValidFrom, seat.ValidUntil, effective, errors);
        if (effective is { } day && seat.Appointments.Any(a => a.Until is null || a.Until >= day))
        {
            errors[nameof(form.EffectiveFrom)] = "Vị trí còn người giữ vào ngày kết thúc; hãy cho thôi giữ trước.";
        }

        if (errors.Count > 0)
        {
            return null;
        }

        seat.EndedBy = decision;
        seat.EndedFrom = effective;
        seat.ValidUntil = effective!.Value.AddDays(-1);
        seat.Revision++;
        db.Entry(seat).Property(s => s.Version).OriginalValue = form.Version;
        return null;
    }

    private async Task<AppointmentResult?> EndAgencyAsync(
        string? key, RosterForm form, DecisionRecord? decision, DateOnly? effective, Dictionary<string, string> errors, CancellationToken ct)
    {
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Key == key, ct);
        if (agency is null)
        {
            return AppointmentResult.Missing;
        }

        if (agency.Version != form.Version)
        {
            return AppointmentResult.Conflicted;
        }

        if (agency.Origin == SeatOrigin.Regulation)
        {
            var regulation = province.Required.Committee.Regulation;
            errors[""] = Text.IsEnglish
                ? $"The regulation ({regulation.Number}) names this agency; it cannot be ended or renamed ({province.Required.Name})."
                : $"Cơ quan do quy chế ({regulation.Number}) quy định; không thể kết thúc hay đổi tên ({province.Required.Name}).";
            return null;
        }

        CheckEnd(agency.ValidFrom, agency.ValidUntil, effective, errors);
        if (effective is { } day && await db.Seats.AnyAsync(s => s.AgencyId == agency.Id && (s.ValidUntil == null || s.ValidUntil >= day), ct))
        {
            errors[nameof(form.EffectiveFrom)] = "Cơ quan còn vị trí thành viên vào ngày kết thúc; hãy kết thúc vị trí trước.";
        }

        if (errors.Count > 0)
        {
            return null;
        }

        agency.EndedBy = decision;
        agency.ValidUntil = effective!.Value.AddDays(-1);
        db.Entry(agency).Property(a => a.Version).OriginalValue = form.Version;
        return null;
    }

    private static void CheckEnd(DateOnly? from, DateOnly? until, DateOnly? effective, Dictionary<string, string> errors)
    {
        if (effective is not { } day)
        {
            return;
        }

        if (from is { } start && day <= start)
        {
            errors[nameof(RosterForm.EffectiveFrom)] = "Ngày kết thúc phải sau ngày bắt đầu.";
        }
        else if (until is { } end && day > end.AddDays(1))
        {
            errors[nameof(RosterForm.EffectiveFrom)] = "Đã kết thúc trước ngày này.";
        }
    }

    private async Task<Agency?> KnownAgencyAsync(string? key, DateOnly? effective, Dictionary<string, string> errors, CancellationToken ct)
    {
        var clean = Clean(key);
        if (string.IsNullOrEmpty(clean))
        {
            errors[nameof(RosterForm.AgencyKey)] = "Hãy chọn cơ quan.";
            return null;
        }

        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Key == clean, ct);
        if (agency is null)
        {
            errors[nameof(RosterForm.AgencyKey)] = "Cơ quan không có trong tỉnh.";
        }
        else if (effective is { } day && !agency.ExistsOn(day))
        {
            errors[nameof(RosterForm.AgencyKey)] = "Cơ quan không tồn tại vào ngày hiệu lực.";
        }

        return agency;
    }

    private async Task<string> FreeKeyAsync(string wanted, CancellationToken ct)
    {
        var taken = await db.Seats.Where(s => s.Key.StartsWith(wanted)).Select(s => s.Key).ToListAsync(ct);
        taken.AddRange(db.Seats.Local.Select(s => s.Key));
        var key = wanted;
        for (var n = 2; taken.Contains(key); n++)
        {
            key = $"{wanted}-{n}";
        }

        return key;
    }

    private DecisionRecord? ReadDecision(RosterForm form, Dictionary<string, string> errors)
    {
        var number = Clean(form.DecisionNumber);
        if (string.IsNullOrEmpty(number))
        {
            errors[nameof(form.DecisionNumber)] = "Số quyết định là bắt buộc.";
        }
        else if (number.Length > 60)
        {
            errors[nameof(form.DecisionNumber)] = "Số quyết định không được dài quá 60 ký tự.";
        }

        var signer = Clean(form.DecisionSigner);
        if (string.IsNullOrEmpty(signer))
        {
            errors[nameof(form.DecisionSigner)] = "Người ký là bắt buộc.";
        }
        else if (signer.Length > 200)
        {
            errors[nameof(form.DecisionSigner)] = "Người ký không được dài quá 200 ký tự.";
        }

        var title = Clean(form.DecisionTitle);
        if (title?.Length > 200)
        {
            errors[nameof(form.DecisionTitle)] = "Trích yếu không được dài quá 200 ký tự.";
        }

        var signed = ReadDate(form.DecisionDate, nameof(form.DecisionDate), errors);
        if (signed is { } s && s > VietnamTime.Today(clock))
        {
            errors[nameof(form.DecisionDate)] = "Ngày ký quyết định không thể ở tương lai.";
        }

        return new DecisionRecord { Number = number, Date = signed, Signer = signer, Title = string.IsNullOrEmpty(title) ? null : title };
    }

    private string FixedByRegulation(Seat seat, string vietnamese, string english) =>
        Message.Citing(province.Required.Name, ArticleRef.Parse(seat.Article), vietnamese, english).ToString();

    private string Code => province.Required.Code.Value;

    private static DateOnly? ReadDate(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = "Ngày là bắt buộc (dd/MM/yyyy).";
            return null;
        }

        if (!VietnamTime.TryParse(text, out var date))
        {
            errors[field] = "Ngày không hợp lệ; hãy nhập theo dạng dd/MM/yyyy.";
            return null;
        }

        return date;
    }

    private static DecisionRecord Copy(DecisionRecord d) => new() { Number = d.Number, Date = d.Date, Signer = d.Signer, Title = d.Title };

    private static string? Clean(string? text) => text?.Trim().Normalize(NormalizationForm.FormC);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
