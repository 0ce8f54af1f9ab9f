using Platform.Core.Localization;

namespace Platform.National;

/// <summary>English wording of the national roll-up's pages.</summary>
internal sealed class NationalTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Tổng hợp các tỉnh"] = "Provinces at a glance",
        ["Chỉ đọc. Chỉ hiện các tỉnh tài khoản của bạn được xem; mỗi tỉnh được đánh giá theo quy chế của chính tỉnh đó."] =
            "Read-only. Only the provinces your account may read are shown; each province is judged by its own regulation.",
        ["Quý"] = "Quarter",
        ["Tải bảng (CSV)"] = "Download the table (CSV)",
        ["Tài khoản của bạn chưa được xem tỉnh nào."] = "Your account may not read any province yet.",
        ["Các chỉ số của {0}; bấm tiêu đề cột để sắp xếp, bấm lần nữa để đảo chiều."] = "Figures of {0}; select a column heading to sort by it, again to reverse.",
        ["xu hướng"] = "trend",
        ["Quy chế không quy định"] = "The regulation sets none",
        ["Căn cứ của từng chỉ số theo quy chế của mỗi tỉnh"] = "The rule behind each figure in each province's regulation",
        ["Cách tính"] = "How the figures are counted",
        ["Xu hướng: {0}"] = "Trend: {0}",
        ["{0} quý đến hết {1}; mỗi tỉnh được đánh giá theo quy chế của chính tỉnh đó."] = "{0} quarters to the end of {1}; each province is judged by its own regulation.",
        ["Biểu đồ"] = "Chart",
        ["{0} của từng tỉnh qua {1} quý; số liệu ở bảng bên cạnh"] = "{0} of each province over {1} quarters; the figures are in the table beside it",
        ["Số liệu {0} theo quý"] = "{0} by quarter",
        ["Căn cứ theo quy chế của mỗi tỉnh"] = "The rule in each province's regulation",
    };
}
