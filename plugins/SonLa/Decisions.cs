using Platform.Sdk;

namespace Platform.Packs.SonLa;

/// <summary>The documents that found and govern the committee; the pack and its regulation page both read them.</summary>
internal static class Decisions
{
    private const string Subject =
        "Ban Chỉ đạo của UBND tỉnh Sơn La về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06";

    // The committee is named after this decision, which re-formed (kiện toàn) it.
    public static readonly DecisionRef Founding = new(
        "1287/QĐ-UBND", new DateOnly(2025, 6, 3), "Về việc kiện toàn " + Subject, "Chủ tịch UBND tỉnh Sơn La");

    public static readonly DecisionRef Regulation = new(
        "03/QĐ-BCĐ",
        new DateOnly(2025, 6, 12),
        "Ban hành Quy chế hoạt động và phân công nhiệm vụ của " + Subject,
        "Nguyễn Đình Việt, Chủ tịch UBND tỉnh, Trưởng Ban");

    // Art. 2 of decision 03/QĐ-BCĐ: it replaces 01/QĐ-BCĐ; that decision's own title is not quoted, so none is made up.
    public static readonly DecisionRef Replaced = new(
        "01/QĐ-BCĐ",
        new DateOnly(2025, 4, 22),
        "Quyết định của Trưởng " + Subject + " (được thay thế bởi Quyết định 03/QĐ-BCĐ)",
        "Trưởng Ban Chỉ đạo");
}
