using System.Globalization;
using Platform.Sdk;

namespace Platform.Packs.DakLak.Pages.DakLak;

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

    /// <summary>Đắk Lắk's regulation: a draft, its number and date still blank; titles as printed.</summary>
    public static RegulationSummary DakLak { get; } = new(
        "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06",
        Decisions.Regulation,
        Decisions.Founding,
        null,
        [
            new("I", "Những quy định chung",
            [
                new(1, "Phạm vi, đối tượng áp dụng"),
                new(2, "Nguyên tắc làm việc"),
                new(3, "Các hình thức làm việc của Ban Chỉ đạo"),
            ]),
            new("II", "Nhiệm vụ và quyền hạn",
            [
                new(4, "Nhiệm vụ, quyền hạn của Trưởng Ban Chỉ đạo"),
                new(5, "Nhiệm vụ, quyền hạn của các Phó Trưởng Ban Chỉ đạo"),
                new(6, "Nhiệm vụ, quyền hạn của các thành viên Ban Chỉ đạo"),
                new(7, "Các Tiểu Ban của Ban Chỉ đạo"),
                new(8, "Cơ quan thường trực của Ban Chỉ đạo"),
            ]),
            new("III", "Chế độ làm việc và quan hệ công tác",
            [
                new(9, "Các cuộc họp của Ban Chỉ đạo"),
                new(10, "Chế độ làm việc và cơ chế phối hợp"),
                new(11, "Kinh phí hoạt động của Ban Chỉ đạo, Cơ quan thường trực Ban Chỉ đạo và các Tiểu Ban giúp việc Ban Chỉ đạo"),
                new(12, "Người đứng đầu các sở, ban, ngành và địa phương trong quan hệ công tác với Ban Chỉ đạo"),
                new(13, "Chế độ thông tin, báo cáo của Ban Chỉ đạo"),
            ]),
            new("IV", "Điều khoản thi hành",
            [
                new(14, "Tổ chức thực hiện"),
            ]),
        ]);
}
