using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Indices.Model;
using Platform.Indices.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Indices.Services;

/// <summary>A year's result as typed; text, so that a refused form shows back exactly what was typed.</summary>
internal sealed class ResultForm
{
    public string? Year { get; set; }
    public string? Score { get; set; }
    public string? Rank { get; set; }
    public string? RankedOf { get; set; }
    public string? SourceBody { get; set; }
    public string? SourceDocument { get; set; }
    public string? SourceDate { get; set; }
    public List<string?> PillarNames { get; set; } = [];
    public List<string?> PillarScores { get; set; } = [];

    /// <summary>The version of the year's result the form was opened on; null for a new year.</summary>
    public uint? Version { get; set; }
}

/// <summary>A year's target as typed.</summary>
internal sealed class TargetForm
{
    public string? Year { get; set; }
    public string? Score { get; set; }
    public string? Rank { get; set; }
    public string? SourceDocument { get; set; }
    public uint? Version { get; set; }
}

/// <summary>
/// Entering an index's results and targets. Only an index the pack declares may be entered, and only by a focal point
/// of the agency the regulation puts in charge of it or by the standing agency (Sơn La, Art. 8.2, 8.3, 9.2a, 9.2b).
/// </summary>
internal sealed class IndexCommands(
    IndicesDbContext db, CurrentProvince province, IAuthorizationService authorization, ICurrentActor actor, TimeProvider clock) : IModuleService
{
    /// <summary>The first year a result may be recorded for.</summary>
    public const int FirstYear = 2000;

    public const string ResultPrefix = "Result.";
    public const string TargetPrefix = "Target.";

    public static readonly Outcome Clash = Outcome.Conflicted(new(
        "Kết quả năm này vừa được người khác cập nhật; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
        "Someone else updated this year's result; your change was not saved. Review it and send again."));

    public static readonly Outcome TargetClash = Outcome.Conflicted(new(
        "Chỉ tiêu năm này vừa được người khác cập nhật; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
        "Someone else updated this year's target; your change was not saved. Review it and send again."));

    private ProvinceDefinition Province => province.Required;

    private int ThisYear => VietnamTime.Today(clock).Year;

    /// <summary>The index the pack declares under <paramref name="key"/>, or null.</summary>
    public IndexDefinition? Declared(string? key) => Province.Indices.FirstOrDefault(i => i.Key == key);

    /// <summary>The owning agency's name as the pack states it (names are content and stay Vietnamese).</summary>
    public string AgencyName(IndexDefinition index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var name = Province.FindAgency(index.OwnerAgencyKey)?.Name ?? index.OwnerAgencyKey;
        return name;
    }

    /// <summary>Whether <paramref name="user"/> may enter <paramref name="index"/>'s results and targets.</summary>
    public async Task<bool> MayEnterAsync(ClaimsPrincipal user, IndexDefinition index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return user.ActsForAgency(Province, index.OwnerAgencyKey) || (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded;
    }

    internal Message NotYours(IndexDefinition index)
    {
        var agency = AgencyName(index);
        var shortName = index.ShortName ?? index.Name;
        return Message.Citing(Province.Name, index.Article,
            $"Chỉ đầu mối của {agency} (cơ quan theo dõi chỉ số) hoặc Cơ quan thường trực ghi kết quả và chỉ tiêu {shortName}.",
            $"Only a focal point of {agency} (the agency following the index) or the standing agency enters {shortName}'s results and targets.");
    }

    internal static Message NotDeclared => new("Quy chế của tỉnh không giao theo dõi chỉ số này.", "The province's regulation names no such index.");

    /// <summary>Records or corrects a year's result and its pillars.</summary>
    public async Task<Outcome> SaveResultAsync(string indexKey, ResultForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (Declared(indexKey) is not { } index)
        {
            return Outcome.Broken(NotDeclared);
        }

        if (!await MayEnterAsync(user, index))
        {
            return Outcome.Refused(NotYours(index));
        }

        var errors = new Dictionary<string, Message>();
        var year = ParseYear(form.Year, ResultPrefix, FirstYear, ThisYear, errors);
        var score = ParseScore(form.Score, ResultPrefix + nameof(ResultForm.Score), required: true, errors);
        var rankedOf = ParseWhole(form.RankedOf, ResultPrefix + nameof(ResultForm.RankedOf), errors,
            new("Số tỉnh, thành phố được xếp hạng phải là số nguyên dương.", "The number of provinces ranked must be a positive whole number."));
        var rank = ParseWhole(form.Rank, ResultPrefix + nameof(ResultForm.Rank), errors,
            new("Thứ hạng phải là số nguyên dương.", "The rank must be a positive whole number."));
        if (rank is not null && rankedOf is null && !errors.ContainsKey(ResultPrefix + nameof(ResultForm.RankedOf)))
        {
            errors[ResultPrefix + nameof(ResultForm.RankedOf)] = new("Hãy nhập số tỉnh, thành phố được xếp hạng năm đó.", "Enter how many provinces were ranked that year.");
        }
        else if (rank is null && rankedOf is not null && !errors.ContainsKey(ResultPrefix + nameof(ResultForm.Rank)))
        {
            errors[ResultPrefix + nameof(ResultForm.Rank)] = new("Hãy nhập thứ hạng của tỉnh.", "Enter the province's rank.");
        }
        else if (rank is { } r && rankedOf is { } n && r > n)
        {
            errors[ResultPrefix + nameof(ResultForm.Rank)] = new(
                $"Thứ hạng phải từ 1 đến {n} (số tỉnh, thành phố được xếp hạng năm đó).",
                $"The rank must be between 1 and {n} (the number of provinces ranked that year).");
        }

        if (string.IsNullOrWhiteSpace(form.SourceBody))
        {
            errors[ResultPrefix + nameof(ResultForm.SourceBody)] = new("Hãy nhập cơ quan công bố kết quả.", "Enter the body that published the result.");
        }

        if (string.IsNullOrWhiteSpace(form.SourceDocument))
        {
            errors[ResultPrefix + nameof(ResultForm.SourceDocument)] = new("Hãy nhập văn bản công bố kết quả.", "Enter the document that published the result.");
        }

        DateOnly? sourceDate = null;
        if (!string.IsNullOrWhiteSpace(form.SourceDate))
        {
            if (VietnamTime.TryParse(form.SourceDate, out var d))
            {
                sourceDate = d;
            }
            else
            {
                errors[ResultPrefix + nameof(ResultForm.SourceDate)] = new("Ngày công bố phải theo dạng dd/MM/yyyy.", "The publication date must read dd/MM/yyyy.");
            }
        }

        var pillars = new List<(string Name, decimal Score, int Slot)>();
        for (var i = 0; i < Math.Max(form.PillarNames.Count, form.PillarScores.Count); i++)
        {
            var name = form.PillarNames.ElementAtOrDefault(i)?.Trim();
            var typed = form.PillarScores.ElementAtOrDefault(i);
            // A pillar without a score is not scored that year (the form offers the methodology's pillars by name).
            if (string.IsNullOrWhiteSpace(typed))
            {
                continue;
            }

            var field = $"{ResultPrefix}PillarScores[{i}]";
            if (string.IsNullOrEmpty(name))
            {
                errors[$"{ResultPrefix}PillarNames[{i}]"] = new($"Chỉ số thành phần {i + 1}: hãy nhập tên.", $"Pillar {i + 1}: enter its name.");
                continue;
            }

            if (pillars.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                errors[$"{ResultPrefix}PillarNames[{i}]"] = new($"Chỉ số thành phần “{name}” được nhập hai lần.", $"The pillar “{name}” is entered twice.");
                continue;
            }

            if (ParseScore(typed, field, required: true, errors) is { } value)
            {
                pillars.Add((name, value, i));
            }
        }

        if (year is not null)
        {
            var method = await db.Methodologies.AsNoTracking().Include(m => m.Pillars)
                .Where(m => m.IndexKey == index.Key && m.FromYear <= year).OrderByDescending(m => m.FromYear).FirstOrDefaultAsync(ct);
            CheckAgainst(method, index, year.Value, score, pillars, errors);
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var existing = await db.Results.Include(x => x.Pillars).SingleOrDefaultAsync(x => x.IndexKey == index.Key && x.Year == year, ct);
        if (existing is not null && form.Version is null)
        {
            return Outcome.Invalid(ResultPrefix + nameof(ResultForm.Year), new(
                $"Năm {year} đã có kết quả {index.ShortName ?? index.Name}; hãy mở kết quả năm đó để sửa.",
                $"{year} already has a {index.ShortName ?? index.Name} result; open that year's result to correct it."));
        }

        if (existing is not null && existing.Version != form.Version)
        {
            return Clash;
        }

        var row = existing;
        if (row is null)
        {
            row = new IndexResult
            {
                Id = Guid.CreateVersion7(), Province = Province.Code.Value, IndexKey = index.Key, Year = year!.Value,
                SourceBody = "", SourceDocument = "", EnteredBy = actor.Name,
            };
            db.Results.Add(row);
        }
        else
        {
            db.Entry(row).Property(x => x.Version).OriginalValue = form.Version!.Value;
            db.Pillars.RemoveRange(row.Pillars);
            row.Pillars.Clear();
        }

        row.Score = score!.Value;
        row.Rank = rank;
        row.RankedOf = rankedOf;
        row.SourceBody = form.SourceBody!.Trim();
        row.SourceDocument = form.SourceDocument!.Trim();
        row.SourceDate = sourceDate;
        row.EnteredBy = actor.Name;
        row.EnteredAt = clock.GetUtcNow();
        foreach (var (pillar, i) in pillars.Select((p, i) => (p, i)))
        {
            var added = new PillarScore { Id = Guid.CreateVersion7(), Province = row.Province, ResultId = row.Id, Order = i + 1, Name = pillar.Name, Score = pillar.Score };
            row.Pillars.Add(added);
            db.Pillars.Add(added);
        }

        return await SaveAsync(row.Id, Clash, ResultPrefix, year!.Value, index, ct);
    }

    /// <summary>
    /// A year's figures against the methodology in force that year: the score within its scale, each pillar one the
    /// methodology has, within the pillar's scale. Without a methodology the score is kept as published (the page says
    /// no scale was checked) but no pillar can be scored: the pillars are the methodology's, never made up by the form.
    /// </summary>
    internal static void CheckAgainst(Methodology? method, IndexDefinition index, int year, decimal? score, IReadOnlyList<(string Name, decimal Score, int Slot)> pillars, Dictionary<string, Message> errors)
    {
        var shortName = index.ShortName ?? index.Name;
        if (method is null)
        {
            if (pillars.Count > 0)
            {
                errors[$"{ResultPrefix}PillarNames[{pillars[0].Slot}]"] = new(
                    $"Năm {year} chưa có phương pháp đánh giá {shortName}: hãy khai báo phương pháp (thang điểm và các chỉ số thành phần) trước khi nhập điểm chỉ số thành phần.",
                    $"{year} has no {shortName} methodology yet: state the methodology (its scale and pillars) before entering pillar scores.");
            }

            return;
        }

        if (score is { } s && s > method.ScaleMax)
        {
            errors[ResultPrefix + nameof(ResultForm.Score)] = new(
                $"Điểm phải từ 0 đến {TrendNumber(method.ScaleMax)} (thang điểm của phương pháp áp dụng từ năm {method.FromYear}).",
                $"The score must be between 0 and {TrendNumber(method.ScaleMax)} (the scale of the methodology in force from {method.FromYear}).");
        }

        foreach (var (name, value, slot) in pillars)
        {
            if (method.Pillar(name) is not { } pillar)
            {
                errors[$"{ResultPrefix}PillarNames[{slot}]"] = new(
                    $"“{name}” không phải chỉ số thành phần của phương pháp áp dụng cho năm {year} (từ năm {method.FromYear}).",
                    $"“{name}” is not a pillar of the methodology in force in {year} (from {method.FromYear}).");
            }
            else if (pillar.ScaleMax is { } max && value > max)
            {
                errors[$"{ResultPrefix}PillarScores[{slot}]"] = new(
                    $"Điểm “{pillar.Name}” phải từ 0 đến {TrendNumber(max)}.",
                    $"The score of “{pillar.Name}” must be between 0 and {TrendNumber(max)}.");
            }
        }
    }

    private static string TrendNumber(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Sets or corrects a year's target.</summary>
    public async Task<Outcome> SaveTargetAsync(string indexKey, TargetForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (Declared(indexKey) is not { } index)
        {
            return Outcome.Broken(NotDeclared);
        }

        if (!await MayEnterAsync(user, index))
        {
            return Outcome.Refused(NotYours(index));
        }

        var errors = new Dictionary<string, Message>();
        var year = ParseYear(form.Year, TargetPrefix, FirstYear, ThisYear + 10, errors);
        var score = ParseScore(form.Score, TargetPrefix + nameof(TargetForm.Score), required: false, errors);
        var rank = ParseWhole(form.Rank, TargetPrefix + nameof(TargetForm.Rank), errors,
            new("Thứ hạng mục tiêu phải là số nguyên dương.", "The target rank must be a positive whole number."));
        if (score is null && rank is null && !errors.ContainsKey(TargetPrefix + nameof(TargetForm.Score)) && !errors.ContainsKey(TargetPrefix + nameof(TargetForm.Rank)))
        {
            errors[TargetPrefix + nameof(TargetForm.Score)] = new("Hãy nhập điểm hoặc thứ hạng cần đạt.", "Enter the score or the rank to reach.");
        }

        if (year is not null && score is { } aim
            && await db.Methodologies.AsNoTracking().Where(m => m.IndexKey == index.Key && m.FromYear <= year).OrderByDescending(m => m.FromYear).FirstOrDefaultAsync(ct) is { } method
            && aim > method.ScaleMax)
        {
            errors[TargetPrefix + nameof(TargetForm.Score)] = new(
                $"Điểm cần đạt phải từ 0 đến {TrendNumber(method.ScaleMax)} (thang điểm của phương pháp áp dụng từ năm {method.FromYear}).",
                $"The score to reach must be between 0 and {TrendNumber(method.ScaleMax)} (the scale of the methodology in force from {method.FromYear}).");
        }

        if (string.IsNullOrWhiteSpace(form.SourceDocument))
        {
            errors[TargetPrefix + nameof(TargetForm.SourceDocument)] = new("Hãy nhập văn bản đặt chỉ tiêu (kế hoạch, chương trình).", "Enter the document that sets the target (a plan, a programme).");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var existing = await db.Targets.SingleOrDefaultAsync(x => x.IndexKey == index.Key && x.Year == year, ct);
        if (existing is not null && form.Version is null)
        {
            return Outcome.Invalid(TargetPrefix + nameof(TargetForm.Year), new(
                $"Năm {year} đã có chỉ tiêu {index.ShortName ?? index.Name}; hãy mở chỉ tiêu năm đó để sửa.",
                $"{year} already has a {index.ShortName ?? index.Name} target; open that year's target to correct it."));
        }

        if (existing is not null && existing.Version != form.Version)
        {
            return TargetClash;
        }

        var row = existing;
        if (row is null)
        {
            row = new IndexTarget { Id = Guid.CreateVersion7(), Province = Province.Code.Value, IndexKey = index.Key, Year = year!.Value, SourceDocument = "", EnteredBy = actor.Name };
            db.Targets.Add(row);
        }
        else
        {
            db.Entry(row).Property(x => x.Version).OriginalValue = form.Version!.Value;
        }

        row.Score = score;
        row.Rank = rank;
        row.SourceDocument = form.SourceDocument!.Trim();
        row.EnteredBy = actor.Name;
        row.EnteredAt = clock.GetUtcNow();
        return await SaveAsync(row.Id, TargetClash, TargetPrefix, year!.Value, index, ct);
    }

    private async Task<Outcome> SaveAsync(Guid id, Outcome clash, string prefix, int year, IndexDefinition index, CancellationToken ct)
    {
        try
        {
            return await Outcome.SaveAsync(db, id, clash, ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two entries of the same new year sent at once: the second is refused, nothing is written over.
            return new Outcome(false, false, false, true, new Dictionary<string, Message>
            {
                [Outcome.General] = new(
                    $"Năm {year} vừa được người khác ghi cho {index.ShortName ?? index.Name}; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
                    $"Someone else has just entered {year} for {index.ShortName ?? index.Name}; your change was not saved. Review it and send again."),
                [prefix + "Year"] = new($"Năm {year} đã có dữ liệu.", $"{year} already has an entry."),
            });
        }
    }

    internal static int? ParseYear(string? text, string prefix, int first, int last, Dictionary<string, Message> errors)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= first && year <= last)
        {
            return year;
        }

        errors[prefix + "Year"] = new($"Năm phải từ {first} đến {last}.", $"The year must be between {first} and {last}.");
        return null;
    }

    /// <summary>A score as typed: "72,5" or "72.5"; never negative.</summary>
    internal static decimal? ParseScore(string? text, string field, bool required, Dictionary<string, Message> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors[field] = new("Hãy nhập điểm.", "Enter the score.");
            }

            return null;
        }

        if (!decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score))
        {
            errors[field] = new("Điểm phải là một số, ví dụ 72,5.", "The score must be a number, e.g. 72.5.");
            return null;
        }

        if (score < 0)
        {
            errors[field] = new("Điểm không được âm.", "The score cannot be negative.");
            return null;
        }

        if (score >= 1_000_000)
        {
            errors[field] = new("Điểm quá lớn.", "The score is too large.");
            return null;
        }

        return Math.Round(score, 3);
    }

    internal static int? ParseWhole(string? text, string field, Dictionary<string, Message> errors, Message why)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= 10_000)
        {
            return value;
        }

        errors[field] = why;
        return null;
    }
}
