using System.Globalization;
using System.Security.Claims;
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

namespace Platform.Indices.Services;

/// <summary>A methodology version as typed; text, so that a refused form shows back exactly what was typed.</summary>
internal sealed class MethodologyForm
{
    public string? FromYear { get; set; }
    public string? ScaleMax { get; set; }
    public string? SourceDocument { get; set; }
    public List<string?> PillarNames { get; set; } = [];
    public List<string?> PillarMaxes { get; set; } = [];

    /// <summary>The version the form was opened on; null for a new version.</summary>
    public uint? Version { get; set; }
}

/// <summary>
/// Keeping an index's methodology, version by version: the scale and the pillars a year's result is checked against.
/// The same people who enter the index's results keep it (Sơn La, Art. 8.2, 8.3, 9.2a, 9.2b). A version is refused when
/// results already recorded in the years it covers would no longer fit it (a pillar dropped that has scores, a scale
/// lowered under a score), naming the year and the pillar: the record is never left saying what the method denies.
/// </summary>
internal sealed class MethodologyCommands(IndicesDbContext db, IndexCommands indices, ICurrentActor actor, TimeProvider clock, CurrentProvince province) : IModuleService
{
    public const string Prefix = "Method.";

    public static readonly Outcome Clash = Outcome.Conflicted(new(
        "Phương pháp này vừa được người khác cập nhật; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
        "Someone else updated this methodology; your change was not saved. Review it and send again."));

    public async Task<Outcome> SaveAsync(string indexKey, MethodologyForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (indices.Declared(indexKey) is not { } index)
        {
            return Outcome.Broken(IndexCommands.NotDeclared);
        }

        if (!await indices.MayEnterAsync(user, index))
        {
            return Outcome.Refused(indices.NotYours(index));
        }

        var errors = new Dictionary<string, Message>();
        var thisYear = VietnamTime.Today(clock).Year;
        // ParseYear names its field prefix + "Year": here "Method.FromYear".
        var from = IndexCommands.ParseYear(form.FromYear, Prefix + "From", IndexCommands.FirstYear, thisYear + 10, errors);

        var scale = IndexCommands.ParseScore(form.ScaleMax, Prefix + nameof(MethodologyForm.ScaleMax), required: true, errors);
        if (scale == 0)
        {
            errors[Prefix + nameof(MethodologyForm.ScaleMax)] = new("Điểm tối đa phải lớn hơn 0.", "The highest score must be above 0.");
        }

        if (string.IsNullOrWhiteSpace(form.SourceDocument))
        {
            errors[Prefix + nameof(MethodologyForm.SourceDocument)] = new(
                "Hãy nhập văn bản ban hành phương pháp (quyết định, báo cáo của cơ quan công bố).",
                "Enter the document that sets the methodology (the publisher's decision or report).");
        }

        var pillars = new List<(string Name, decimal? Max)>();
        for (var i = 0; i < Math.Max(form.PillarNames.Count, form.PillarMaxes.Count); i++)
        {
            var name = form.PillarNames.ElementAtOrDefault(i)?.Trim();
            var typed = form.PillarMaxes.ElementAtOrDefault(i);
            if (string.IsNullOrEmpty(name) && string.IsNullOrWhiteSpace(typed))
            {
                continue;
            }

            if (string.IsNullOrEmpty(name))
            {
                errors[$"{Prefix}PillarNames[{i}]"] = new($"Chỉ số thành phần {i + 1}: hãy nhập tên.", $"Pillar {i + 1}: enter its name.");
                continue;
            }

            if (pillars.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                errors[$"{Prefix}PillarNames[{i}]"] = new($"Chỉ số thành phần “{name}” được nhập hai lần.", $"The pillar “{name}” is entered twice.");
                continue;
            }

            var max = IndexCommands.ParseScore(typed, $"{Prefix}PillarMaxes[{i}]", required: false, errors);
            if (max == 0)
            {
                errors[$"{Prefix}PillarMaxes[{i}]"] = new("Điểm tối đa phải lớn hơn 0.", "The highest score must be above 0.");
                continue;
            }

            pillars.Add((name, max));
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        // Every version of the index and every result, to check the years this version will govern: two statements.
        var versions = await db.Methodologies.Include(m => m.Pillars).Where(m => m.IndexKey == index.Key).ToListAsync(ct);
        var existing = versions.FirstOrDefault(v => v.FromYear == from);
        if (existing is not null && form.Version is null)
        {
            return Outcome.Invalid(Prefix + nameof(MethodologyForm.FromYear), new(
                $"Đã có phương pháp áp dụng từ năm {from}; hãy mở phương pháp đó để sửa.",
                $"A methodology from {from} already exists; open it to correct it."));
        }

        if (form.Version is not null && (existing is null || existing.Version != form.Version))
        {
            return Clash;
        }

        var until = versions.Where(v => v.FromYear > from).Select(v => (int?)v.FromYear).Min();
        var governed = await db.Results.AsNoTracking().Include(r => r.Pillars)
            .Where(r => r.IndexKey == index.Key && r.Year >= from && (until == null || r.Year < until))
            .OrderBy(r => r.Year).ToListAsync(ct);
        var misfits = new List<string>();
        var misfitsEn = new List<string>();
        foreach (var result in governed)
        {
            if (result.Score > scale)
            {
                misfits.Add($"năm {result.Year} có điểm {TrendNumber(result.Score)}, vượt điểm tối đa {TrendNumber(scale!.Value)}");
                misfitsEn.Add($"{result.Year} scores {TrendNumber(result.Score)}, above the highest score {TrendNumber(scale!.Value)}");
            }

            foreach (var pillar in result.Pillars)
            {
                var kept = pillars.FirstOrDefault(p => string.Equals(p.Name, pillar.Name, StringComparison.OrdinalIgnoreCase));
                if (kept.Name is null)
                {
                    misfits.Add($"năm {result.Year} có điểm chỉ số thành phần “{pillar.Name}” mà phương pháp không còn");
                    misfitsEn.Add($"{result.Year} has a score for the pillar “{pillar.Name}”, which the methodology no longer has");
                }
                else if (kept.Max is { } max && pillar.Score > max)
                {
                    misfits.Add($"năm {result.Year}: “{pillar.Name}” được {TrendNumber(pillar.Score)}, vượt điểm tối đa {TrendNumber(max)}");
                    misfitsEn.Add($"{result.Year}: “{pillar.Name}” scores {TrendNumber(pillar.Score)}, above its highest score {TrendNumber(max)}");
                }
            }
        }

        if (misfits.Count > 0)
        {
            return Outcome.Invalid(Outcome.General, new(
                "Phương pháp này không khớp với kết quả đã ghi của những năm nó áp dụng: " + string.Join("; ", misfits) + ". Hãy sửa kết quả trước, hoặc giữ các chỉ số thành phần đó.",
                "This methodology does not fit the results already entered for the years it covers: " + string.Join("; ", misfitsEn) + ". Correct those results first, or keep those pillars."));
        }

        var row = existing;
        if (row is null)
        {
            row = new Methodology { Id = Guid.CreateVersion7(), Province = province.Required.Code.Value, IndexKey = index.Key, FromYear = from!.Value, SourceDocument = "", EnteredBy = actor.Name };
            db.Methodologies.Add(row);
        }
        else
        {
            db.Entry(row).Property(x => x.Version).OriginalValue = form.Version!.Value;
            db.MethodologyPillars.RemoveRange(row.Pillars);
            row.Pillars.Clear();
        }

        row.ScaleMax = scale!.Value;
        row.SourceDocument = form.SourceDocument!.Trim();
        row.EnteredBy = actor.Name;
        row.EnteredAt = clock.GetUtcNow();
        foreach (var (pillar, i) in pillars.Select((p, i) => (p, i)))
        {
            var added = new MethodologyPillar { Id = Guid.CreateVersion7(), Province = row.Province, MethodologyId = row.Id, Order = i + 1, Name = pillar.Name, ScaleMax = pillar.Max };
            row.Pillars.Add(added);
            db.MethodologyPillars.Add(added);
        }

        try
        {
            return await Outcome.SaveAsync(db, row.Id, Clash, ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Clash;
        }
    }

    private static string TrendNumber(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
