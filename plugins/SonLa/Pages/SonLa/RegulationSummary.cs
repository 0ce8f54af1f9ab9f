using System.Globalization;
using Platform.Sdk;

namespace Platform.Packs.SonLa.Pages.SonLa;

/// <summary>An article of the regulation, by number and title.</summary>
public sealed record RegulationArticle(int Number, string Title);

/// <summary>A chapter of the regulation and its articles.</summary>
public sealed record RegulationChapter(string Number, string Title, IReadOnlyList<RegulationArticle> Articles);

/// <summary>What the regulation page shows: the issuing decision and the regulation's table of contents.</summary>
public sealed record RegulationSummary(
    string CommitteeName,
    DecisionRef Regulation,
    DecisionRef Founding,
    DecisionRef? Replaces,
    IReadOnlyList<RegulationChapter> Chapters)
{
    /// <summary>The regulation decision's date as officials write it, or null for a draft.</summary>
    public string? DateText => Regulation.Date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Every article in order.</summary>
    public IEnumerable<RegulationArticle> Articles => Chapters.SelectMany(c => c.Articles);

    /// <summary>Sơn La's regulation, issued with decision 03/QĐ-BCĐ; titles as printed.</summary>
    public static RegulationSummary SonLa { get; } = new(
        "Ban Chỉ đạo 1287",
        Decisions.Regulation,
        Decisions.Founding,
        Decisions.Replaced,
        [
            new("I", "Những quy định chung",
            [
                new(1, "Phạm vi và đối tượng áp dụng"),
                new(2, "Nguyên tắc làm việc"),
                new(3, "Hình thức làm việc của Ban Chỉ đạo 1287"),
            ]),
            new("II", "Nhiệm vụ, quyền hạn của Ban Chỉ đạo 1287",
            [
                new(4, "Nhiệm vụ chung của Ban Chỉ đạo 1287"),
                new(5, "Trưởng Ban Chỉ đạo 1287"),
                new(6, "Phó Trưởng Ban thường trực Ban Chỉ đạo 1287"),
                new(7, "Phó Trưởng Ban Chỉ đạo 1287 là các Phó Chủ tịch UBND tỉnh"),
                new(8, "Phó Trưởng Ban Chỉ đạo 1287 là Giám đốc các sở, ngành"),
                new(9, "Thành viên Ban Chỉ đạo 1287"),
                new(10, "Thường trực Ban Chỉ đạo 1287"),
                new(11, "Cơ quan Thường trực Ban Chỉ đạo 1287"),
            ]),
            new("III", "Chế độ làm việc, thông tin, báo cáo",
            [
                new(12, "Chế độ làm việc, thông tin, báo cáo"),
            ]),
            new("IV", "Tổ chức thực hiện",
            [
                new(13, "Tổ chức thực hiện"),
            ]),
        ]);
}
