namespace Platform.Packs.DakLak;

/// <summary>
/// English wording of the pack's own pages (Sdk 1.3), stated through <c>pack.English(…)</c>; Vietnamese is the key and
/// the default. The regulation's own words (chapter and article titles, names, decisions) are content and stay Vietnamese.
/// </summary>
internal static class DakLakTexts
{
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["Quy chế hoạt động"] = "Working regulation",
        ["Quy chế hoạt động của"] = "Working regulation of",
        ["Quyết định ban hành"] = "Issuing decision",
        ["Dự thảo: chưa có số và ngày ban hành"] = "Draft: not yet numbered or dated",
        ["Số {0}, ngày {1}"] = "No. {0}, dated {1}",
        ["Người ký"] = "Signed by",
        ["Trưởng Ban Chỉ đạo (Chủ tịch UBND tỉnh), chưa ký"] = "The head of the committee (Chairman of the Provincial People's Committee), not yet signed",
        ["Căn cứ"] = "Pursuant to",
        ["Quyết định số {0}"] = "Decision No. {0}",
        ["Ban Chỉ đạo có ba Tiểu Ban: Tiểu Ban Triển khai Đề án 06; Tiểu Ban Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; Tiểu Ban Cải cách hành chính. Mỗi Tiểu Ban sử dụng con dấu của cơ quan chủ trì."] =
            "The committee has three subcommittees: the Project 06 Implementation Subcommittee; the Science, Technology, Innovation and Digital Transformation Subcommittee; and the Administrative Reform Subcommittee. Each subcommittee uses the seal of its lead agency.",
        ["Chương {0}."] = "Chapter {0}.",
        ["Điều {0}."] = "Article {0}.",
    };
}
