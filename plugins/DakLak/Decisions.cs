using Platform.Sdk;

namespace Platform.Packs.DakLak;

/// <summary>The documents that found and govern the committee; the pack and its regulation page both read them.</summary>
internal static class Decisions
{
    public static readonly DecisionRef Founding = new(
        "903/QĐ-UBND",
        new DateOnly(2025, 4, 18),
        "Về việc thành lập Ban Chỉ đạo của Ủy ban nhân dân tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06",
        "Ủy ban nhân dân tỉnh Đắk Lắk");

    // The regulation is a draft: its number, date and signer are left blank in the text.
    public static readonly DecisionRef Regulation = new(
        null,
        null,
        "Ban hành Quy chế hoạt động của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06",
        null);
}
