namespace Platform.Packs.SonLa;

/// <summary>
/// English wording of the pack's own pages (Sdk 1.3), stated through <c>pack.English(…)</c>; Vietnamese is the key and
/// the default. The regulation's own words (chapter and article titles, names, decisions) are content and stay Vietnamese.
/// </summary>
internal static class SonLaTexts
{
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["Quy chế hoạt động"] = "Working regulation",
        ["Quy chế hoạt động và phân công nhiệm vụ của"] = "Working regulation and assignment of duties of",
        ["Quyết định ban hành"] = "Issuing decision",
        ["Số {0}, ngày {1}"] = "No. {0}, dated {1}",
        ["Người ký"] = "Signed by",
        ["Căn cứ"] = "Pursuant to",
        ["Quyết định số {0}"] = "Decision No. {0}",
        ["Thay thế"] = "Replaces",
        ["Ban Chỉ đạo có ba cơ quan thường trực: Công an tỉnh (Đề án 06), Sở Khoa học và Công nghệ (khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số; cơ quan thường trực chung) và Sở Nội vụ (cải cách hành chính)."] =
            "The committee has three standing agencies: the Provincial Police (Project 06), the Department of Science and Technology (science, technology, innovation and digital transformation; the general standing agency) and the Department of Home Affairs (administrative reform).",
        ["Chương {0}."] = "Chapter {0}.",
        ["Điều {0}."] = "Article {0}.",
        // The unit of an indicator reported periodically (Sdk 1.6); the indicators' names are content and stay Vietnamese.
        ["tài khoản"] = "accounts",
    };
}
