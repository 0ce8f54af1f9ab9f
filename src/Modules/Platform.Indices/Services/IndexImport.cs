using System.Globalization;
using Platform.Core.Localization;
using Platform.Indices.Model;
using Platform.Sdk.Structure;

namespace Platform.Indices.Services;

/// <summary>What an imported table holds for the province, and every problem found in it, row by row.</summary>
/// <param name="Errors">Each problem, naming its row and column; the table is imported only when there is none.</param>
/// <param name="Form">The province's row as a year's result, ready for <see cref="IndexCommands.SaveResultAsync"/>; null when not found.</param>
/// <param name="Ranked">How many provinces the table ranks (the rows with a rank).</param>
/// <param name="Rows">How many provinces' rows the table holds.</param>
internal sealed record ImportedTable(IReadOnlyList<Message> Errors, ResultForm? Form, int Ranked, int Rows);

/// <summary>
/// Reading a publisher's ranking table (the DTI, PAR INDEX, PAPI or PCI table of every province for a year) into the
/// province's result: one row per province, a column naming the province, one for the score, one for the rank, and one
/// per pillar named as the methodology in force that year names it. The whole table is checked — every score within its
/// scale, every rank within the number ranked, every pillar column one the methodology has, no province twice — so a
/// file in another layout or with a slip anywhere is refused with the row and column named, and nothing is imported.
/// </summary>
internal static class IndexImport
{
    private static readonly HashSet<string> ProvinceHeaders = ["tinh", "tinh/thanh pho", "tinh, thanh pho", "tinh/thanh", "dia phuong", "don vi", "province", "tinh thanh"];
    private static readonly HashSet<string> ScoreHeaders = ["diem", "tong diem", "diem so", "gia tri", "score", "total score", "total"];
    private static readonly HashSet<string> RankHeaders = ["xep hang", "thu hang", "hang", "thu tu xep hang", "rank", "ranking"];
    private static readonly HashSet<string> NumberHeaders = ["stt", "tt", "so tt", "no", "no.", "#"];

    public static ImportedTable Read(IReadOnlyList<IReadOnlyList<string>> rows, IndexDefinition index, string provinceName, Methodology? method)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(index);
        var errors = new List<Message>();
        var headerAt = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Any(c => c.Length > 0))
            {
                headerAt = i;
                break;
            }
        }

        if (headerAt < 0)
        {
            return new([new("Tệp không có dòng nào.", "The file has no rows.")], null, 0, 0);
        }

        var header = rows[headerAt];
        int? provinceColumn = null, scoreColumn = null, rankColumn = null;
        var pillarColumns = new List<(int Column, string Name)>();
        var shortName = VietnameseText.Fold(index.ShortName ?? index.Name);
        for (var c = 0; c < header.Count; c++)
        {
            var name = header[c];
            var folded = VietnameseText.Fold(name);
            if (folded.Length == 0 || NumberHeaders.Contains(folded))
            {
                continue;
            }

            if (ProvinceHeaders.Contains(folded) && provinceColumn is null)
            {
                provinceColumn = c;
            }
            else if ((ScoreHeaders.Contains(folded) || folded == shortName || folded == "diem " + shortName) && scoreColumn is null)
            {
                scoreColumn = c;
            }
            else if (RankHeaders.Contains(folded) && rankColumn is null)
            {
                rankColumn = c;
            }
            else if (method?.Pillar(name) is { } pillar)
            {
                if (pillarColumns.Any(p => p.Name == pillar.Name))
                {
                    errors.Add(At(headerAt, name, new("chỉ số thành phần này có hai cột.", "this pillar has two columns.")));
                }

                pillarColumns.Add((c, pillar.Name));
            }
            else
            {
                errors.Add(method is null
                    ? At(headerAt, name, new(
                        $"năm này chưa có phương pháp đánh giá {index.ShortName ?? index.Name} nên không có chỉ số thành phần nào; hãy khai báo phương pháp trước.",
                        $"this year has no {index.ShortName ?? index.Name} methodology, so no pillar; state the methodology first."))
                    : At(headerAt, name, new(
                        $"không phải chỉ số thành phần của phương pháp áp dụng từ năm {method.FromYear}, cũng không phải cột tỉnh, điểm hay thứ hạng.",
                        $"is not a pillar of the methodology in force from {method.FromYear}, nor the province, score or rank column.")));
            }
        }

        if (provinceColumn is null)
        {
            errors.Add(new(
                "Dòng tiêu đề không có cột tên tỉnh (“Tỉnh/thành phố” hoặc “Địa phương”): tệp không theo mẫu bảng xếp hạng.",
                "The header row has no province column (“Tỉnh/thành phố” or “Địa phương”): the file is not a ranking table."));
        }

        if (scoreColumn is null)
        {
            errors.Add(new(
                "Dòng tiêu đề không có cột điểm (“Điểm” hoặc “Tổng điểm”): tệp không theo mẫu bảng xếp hạng.",
                "The header row has no score column (“Điểm” or “Tổng điểm”): the file is not a ranking table."));
        }

        if (provinceColumn is null || scoreColumn is null)
        {
            return new(errors, null, 0, 0);
        }

        var data = new List<(int Row, string Province, decimal? Score, int? Rank, List<(string Name, string Typed)> Pillars)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = headerAt + 1; r < rows.Count; r++)
        {
            var row = rows[r];
            var province = Cell(row, provinceColumn.Value);
            if (province.Length == 0)
            {
                if (row.Any(c => c.Length > 0))
                {
                    errors.Add(At(r, header[provinceColumn.Value], new("thiếu tên tỉnh.", "the province is missing.")));
                }

                continue;
            }

            var key = Plain(province);
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add(At(r, header[provinceColumn.Value], new($"“{province}” đã có ở dòng {first + 1}.", $"“{province}” is already on row {first + 1}.")));
                continue;
            }

            seen[key] = r;
            var score = Number(row, r, scoreColumn.Value, header, required: true, method?.ScaleMax, errors);
            int? rank = null;
            if (rankColumn is { } rc && Cell(row, rc) is { Length: > 0 } typedRank)
            {
                if (int.TryParse(typedRank, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k >= 1)
                {
                    rank = k;
                }
                else
                {
                    errors.Add(At(r, header[rc], new($"“{typedRank}” không phải thứ hạng (số nguyên dương).", $"“{typedRank}” is not a rank (a positive whole number).")));
                }
            }

            var pillars = new List<(string, string)>();
            foreach (var (column, name) in pillarColumns)
            {
                if (Number(row, r, column, header, required: false, method!.Pillar(name)?.ScaleMax, errors) is not null)
                {
                    pillars.Add((name, Cell(row, column)));
                }
            }

            data.Add((r, province, score, rank, pillars));
        }

        if (data.Count == 0 && errors.Count == 0)
        {
            errors.Add(new("Bảng không có dòng số liệu nào dưới dòng tiêu đề.", "The table has no data row under its header."));
        }

        var ranked = data.Count(d => d.Rank is not null);
        foreach (var d in data.Where(d => d.Rank > ranked))
        {
            errors.Add(At(d.Row, header[rankColumn!.Value], new(
                $"thứ hạng {d.Rank} lớn hơn số tỉnh được xếp hạng trong bảng ({ranked}).",
                $"rank {d.Rank} is above the number of provinces the table ranks ({ranked}).")));
        }

        var own = Plain(provinceName);
        var mine = data.FirstOrDefault(d => Plain(d.Province) == own);
        if (mine.Province is null)
        {
            errors.Add(new(
                $"Bảng không có dòng của {provinceName} (cột “{header[provinceColumn.Value]}”).",
                $"The table has no row for {provinceName} (column “{header[provinceColumn.Value]}”)."));
            return new(errors, null, ranked, data.Count);
        }

        var form = new ResultForm
        {
            Score = Cell(rows[mine.Row], scoreColumn.Value),
            Rank = mine.Rank?.ToString(CultureInfo.InvariantCulture),
            RankedOf = mine.Rank is null ? null : ranked.ToString(CultureInfo.InvariantCulture),
            PillarNames = [.. mine.Pillars.Select(p => (string?)p.Name)],
            PillarScores = [.. mine.Pillars.Select(p => (string?)p.Typed)],
        };
        return new(errors, form, ranked, data.Count);
    }

    /// <summary>A province's name without the words every row may or may not carry ("Tỉnh", "Thành phố"), folded.</summary>
    private static string Plain(string name)
    {
        var folded = VietnameseText.Fold(name);
        foreach (var prefix in (string[])["tinh ", "thanh pho ", "tp. ", "tp "])
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return folded[prefix.Length..];
            }
        }

        return folded;
    }

    private static string Cell(IReadOnlyList<string> row, int column) => column < row.Count ? row[column] : "";

    private static decimal? Number(IReadOnlyList<string> row, int r, int column, IReadOnlyList<string> header, bool required, decimal? max, List<Message> errors)
    {
        var typed = Cell(row, column);
        if (typed.Length == 0)
        {
            if (required)
            {
                errors.Add(At(r, header[column], new("thiếu điểm.", "the score is missing.")));
            }

            return null;
        }

        if (!decimal.TryParse(typed.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(At(r, header[column], new($"“{typed}” không phải một số.", $"“{typed}” is not a number.")));
            return null;
        }

        if (value < 0 || (max is { } m && value > m))
        {
            var scale = max is { } top ? top.ToString("0.###", CultureInfo.InvariantCulture) : "…";
            errors.Add(At(r, header[column], new($"{typed} nằm ngoài thang điểm 0–{scale}.", $"{typed} is outside the scale 0–{scale}.")));
            return null;
        }

        return value;
    }

    private static Message At(int row, string column, Message why) =>
        new($"Dòng {row + 1}, cột “{column}”: {why.Vietnamese}", $"Row {row + 1}, column “{column}”: {why.English}");
}
