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
using Platform.Sdk.Structure;

namespace Platform.Indices.Services;

/// <summary>A year's ranking of the units as typed: one unit a line, pasted from a sheet or typed.</summary>
internal sealed class UnitRankingForm
{
    /// <summary>
    /// One unit a line: its name, its score and, optionally, its kind ("cơ quan" or "địa phương"), separated by a tab
    /// (as a sheet pastes them), a semicolon or a vertical bar; without one, the score is the line's last word.
    /// </summary>
    public string? Rows { get; set; }

    /// <summary>The version of the year's ranking the form was opened on; null for a year not entered yet.</summary>
    public uint? Version { get; set; }
}

/// <summary>A year's ranking read for the page: the units of each kind, best first.</summary>
internal sealed record UnitRankingView(UnitRanking Ranking)
{
    /// <summary>The units grouped by kind (agencies, localities, then units of no stated kind), each group best first.</summary>
    public IEnumerable<IGrouping<UnitKind?, UnitScore>> Groups =>
        Ranking.Units.OrderBy(u => u.Kind is null ? 3 : (int)u.Kind).ThenBy(u => u.Rank).ThenBy(u => u.Line).GroupBy(u => u.Kind);
}

/// <summary>
/// The province's own measurement of its agencies and localities on an index (Sơn La, Art. 8.2: DOST organises
/// measuring the DTI of the province's agencies and localities), for the indices whose pack states a unit ranking
/// (<see cref="IndexDefinition.UnitsArticle"/>). Entered for a year by the same people as the index's results (the
/// owning agency's focal points or the standing agency, <see cref="IndexCommands.MayEnterAsync"/>); ranks are computed
/// from the scores, apart for agencies and for localities, equal scores sharing a rank. Reading a year takes two
/// statements whatever the number of units: the year's units, and the years entered.
/// </summary>
internal sealed class UnitRankings(IndicesDbContext db, CurrentProvince province, IndexCommands indices, ICurrentActor actor, TimeProvider clock) : IModuleService
{
    public const string Prefix = "Units.";
    public const string RowsField = Prefix + nameof(UnitRankingForm.Rows);

    /// <summary>The most units one year's table may hold.</summary>
    public const int MaxUnits = 2000;

    public static readonly Outcome Clash = Outcome.Conflicted(new(
        "Bảng xếp hạng năm này vừa được người khác cập nhật; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
        "Someone else updated this year's ranking; your change was not saved. Review it and send again."));

    private ProvinceDefinition Province => province.Required;

    /// <summary>The last year a ranking may be entered for: the current one.</summary>
    public int LastYear => VietnamTime.Today(clock).Year;

    /// <summary>The declared index under <paramref name="key"/> when the pack states a unit ranking for it; otherwise null.</summary>
    public IndexDefinition? Ranked(string? key) => indices.Declared(key) is { UnitsArticle: not null } index ? index : null;

    /// <summary>Whether <paramref name="year"/> may hold a ranking.</summary>
    public bool InRange(int year) => year >= IndexCommands.FirstYear && year <= LastYear;

    /// <summary>The year's ranking with its units, or null when none was entered.</summary>
    public async Task<UnitRankingView?> ReadAsync(string key, int year, CancellationToken ct) =>
        await db.UnitRankings.AsNoTracking().Include(r => r.Units).SingleOrDefaultAsync(r => r.IndexKey == key && r.Year == year, ct) is { } ranking
            ? new UnitRankingView(ranking)
            : null;

    /// <summary>The years with a ranking of the index, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(string key, CancellationToken ct) =>
        await db.UnitRankings.AsNoTracking().Where(r => r.IndexKey == key).OrderByDescending(r => r.Year).Select(r => r.Year).ToListAsync(ct);

    /// <summary>The ranking as the form shows it for a correction: one unit a line, tab-separated, in the order typed.</summary>
    public static string AsRows(UnitRanking ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        return string.Join('\n', ranking.Units.OrderBy(u => u.Line).Select(u =>
            u.Name + "\t" + u.Score.ToString("0.###", CultureInfo.InvariantCulture).Replace('.', ',') + (u.Kind is { } kind ? "\t" + KindWord(kind) : "")));
    }

    /// <summary>How a kind is written in the pasted table and shown in the form.</summary>
    public static string KindWord(UnitKind kind) => kind == UnitKind.Agency ? "cơ quan" : "địa phương";

    /// <summary>Records a year's ranking, or corrects it when the form carries the version it was opened on.</summary>
    public async Task<Outcome> SaveAsync(string key, int year, UnitRankingForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (Ranked(key) is not { } index || !InRange(year))
        {
            return Outcome.Missing;
        }

        var name = index.ShortName ?? index.Name;
        if (!await indices.MayEnterAsync(user, index))
        {
            var agency = indices.AgencyName(index);
            return Outcome.Refused(Message.Citing(Province.Name, index.UnitsArticle!,
                $"Chỉ đầu mối của {agency} (cơ quan tổ chức đo lường {name} của các cơ quan, địa phương) hoặc Cơ quan thường trực ghi bảng xếp hạng.",
                $"Only a focal point of {agency} (the agency measuring the {name} of the province's agencies and localities) or the standing agency enters the ranking."));
        }

        var errors = new Dictionary<string, Message>();
        var units = Parse(form.Rows, errors);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var existing = await db.UnitRankings.Include(r => r.Units).SingleOrDefaultAsync(r => r.IndexKey == index.Key && r.Year == year, ct);
        if (existing is not null && form.Version is null)
        {
            return Outcome.Invalid(RowsField, new(
                $"Năm {year} đã có bảng xếp hạng {name} của các đơn vị; hãy sửa bảng đang có thay vì nhập lại.",
                $"{year} already has a {name} ranking of the units; correct the table there instead of entering it again."));
        }

        if (existing is not null && existing.Version != form.Version)
        {
            return Clash;
        }

        var ranking = existing;
        if (ranking is null)
        {
            ranking = new UnitRanking { Id = Guid.CreateVersion7(), Province = Province.Code.Value, IndexKey = index.Key, Year = year, EnteredBy = actor.Name };
            db.UnitRankings.Add(ranking);
        }
        else
        {
            db.Entry(ranking).Property(r => r.Version).OriginalValue = form.Version!.Value;
            db.UnitScores.RemoveRange(ranking.Units);
            ranking.Units.Clear();
        }

        ranking.EnteredBy = actor.Name;
        ranking.EnteredAt = clock.GetUtcNow();
        foreach (var unit in Rank(units))
        {
            var row = new UnitScore
            {
                Id = Guid.CreateVersion7(), Province = ranking.Province, RankingId = ranking.Id, Name = unit.Name, Kind = unit.Kind,
                Score = unit.Score, Rank = unit.Rank, Line = unit.Line,
            };
            ranking.Units.Add(row);
            db.UnitScores.Add(row);
        }

        try
        {
            return await Outcome.SaveAsync(db, ranking.Id, Clash, ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same new year sent twice at once: the second is refused, nothing is written over.
            return Clash;
        }
    }

    private sealed record Typed(int Line, string Name, decimal Score, UnitKind? Kind)
    {
        public int Rank { get; set; }
    }

    /// <summary>Ranks each kind apart, best score first; equal scores share a rank (1, 2, 2, 4).</summary>
    private static IEnumerable<Typed> Rank(List<Typed> units)
    {
        foreach (var group in units.GroupBy(u => u.Kind))
        {
            var sorted = group.OrderByDescending(u => u.Score).ThenBy(u => u.Line).ToList();
            for (var i = 0; i < sorted.Count; i++)
            {
                sorted[i].Rank = i > 0 && sorted[i].Score == sorted[i - 1].Score ? sorted[i - 1].Rank : i + 1;
            }
        }

        return units;
    }

    /// <summary>Reads the pasted table; every bad line is named, by its number and what is wrong with it.</summary>
    private static List<Typed> Parse(string? rows, Dictionary<string, Message> errors)
    {
        var units = new List<Typed>();
        var lines = (rows ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var firstLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.Length == 0)
            {
                continue;
            }

            var field = $"{Prefix}Rows[{number}]";
            var cells = Cells(line);
            if (cells.Length < 2 || cells.Length > 3)
            {
                errors[field] = new(
                    $"Dòng {number}: cần tên đơn vị và điểm (và, nếu có, loại: cơ quan hoặc địa phương), cách nhau bằng dấu tab hoặc dấu chấm phẩy.",
                    $"Line {number}: needs the unit's name and its score (and, if any, its kind: cơ quan or địa phương), separated by a tab or a semicolon.");
                continue;
            }

            var name = cells[0];
            if (name.Length == 0 || name.Length > 300)
            {
                errors[field] = new($"Dòng {number}: tên đơn vị phải có từ 1 đến 300 ký tự.", $"Line {number}: the unit's name must be 1 to 300 characters long.");
                continue;
            }

            if (!decimal.TryParse(cells[1].Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score) || score >= 1_000_000)
            {
                errors[field] = new($"Dòng {number} ({name}): điểm “{cells[1]}” không phải là một số không âm, ví dụ 72,5.", $"Line {number} ({name}): the score “{cells[1]}” is not a non-negative number, e.g. 72.5.");
                continue;
            }

            UnitKind? kind = null;
            if (cells.Length == 3 && cells[2].Length > 0)
            {
                kind = KindOf(cells[2]);
                if (kind is null)
                {
                    errors[field] = new($"Dòng {number} ({name}): loại “{cells[2]}” phải là “cơ quan” hoặc “địa phương”.", $"Line {number} ({name}): the kind “{cells[2]}” must be “cơ quan” (agency) or “địa phương” (locality).");
                    continue;
                }
            }

            if (firstLine.TryGetValue(name, out var first))
            {
                errors[field] = new($"Dòng {number}: đơn vị “{name}” đã có ở dòng {first}.", $"Line {number}: the unit “{name}” is already on line {first}.");
                continue;
            }

            firstLine[name] = number;
            units.Add(new Typed(number, name, Math.Round(score, 3), kind));
        }

        if (units.Count == 0 && errors.Count == 0)
        {
            errors[RowsField] = new("Hãy nhập ít nhất một đơn vị với điểm của nó.", "Enter at least one unit with its score.");
        }
        else if (units.Count > MaxUnits)
        {
            errors[RowsField] = new($"Một năm có tối đa {MaxUnits} đơn vị.", $"A year holds at most {MaxUnits} units.");
        }

        return units;
    }

    private static string[] Cells(string line)
    {
        foreach (var separator in new[] { '\t', ';', '|' })
        {
            if (line.Contains(separator, StringComparison.Ordinal))
            {
                return [.. line.Split(separator).Select(c => c.Trim())];
            }
        }

        // "Sở Y tế 72,5": the score is the last word.
        var space = line.LastIndexOf(' ');
        return space < 0 ? [line] : [line[..space].Trim(), line[(space + 1)..]];
    }

    private static UnitKind? KindOf(string text) => text.Trim().Normalize().ToLowerInvariant() switch
    {
        "cơ quan" or "co quan" or "sở, ngành" or "agency" => UnitKind.Agency,
        "địa phương" or "dia phuong" or "xã, phường" or "locality" => UnitKind.Locality,
        _ => null,
    };
}
