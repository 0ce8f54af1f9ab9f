using Platform.Core.Localization;

namespace Platform.Audit;

/// <summary>English wording of the audit page; Vietnamese is the key and the default.</summary>
internal sealed class AuditTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>(Log.AuditLabels.English)
    {
        ["Nhật ký thay đổi"] = "Audit log",
        ["Mỗi mục nối với mục trước bằng mã xác thực có khóa; nhật ký chỉ được ghi thêm, không sửa hay xóa được."] =
            "Each entry is chained to the one before by a keyed MAC; the log can only be appended to, never edited or deleted.",
        ["Tình trạng chuỗi nhật ký"] = "State of the log's chain",
        ["Chuỗi nhật ký của tỉnh nguyên vẹn đến mục số {0}."] = "The province's chain is intact up to entry {0}.",
        ["Chuỗi nhật ký của tỉnh chưa có mục nào."] = "The province's chain has no entries yet.",
        ["Chuỗi nhật ký của tỉnh bị đứt tại mục số {0}: {1}"] = "The province's chain is broken at entry {0}: {1}",
        ["Hãy báo ngay cho quản trị hệ thống; các mục từ số này trở đi không đáng tin cậy."] =
            "Tell the system administrator at once; entries from this one on cannot be trusted.",
        ["Lọc nhật ký"] = "Filter the log",
        ["Hành động hoặc đối tượng"] = "Action or entity",
        ["Người thực hiện"] = "Actor",
        ["Từ ngày"] = "From",
        ["Đến ngày"] = "To",
        ["Lọc"] = "Filter",
        ["Ngày không hợp lệ; hãy nhập theo dạng dd/MM/yyyy."] = "The date is not valid; type it as dd/MM/yyyy.",
        ["Ngày kết thúc trước ngày bắt đầu."] = "The end date is before the start date.",
        ["Bộ lọc ngày này chưa được áp dụng."] = "This date filter was not applied.",
        ["{0} mục"] = "{0} entries",
        ["Trang {0}/{1}"] = "Page {0} of {1}",
        ["Không có mục nào khớp bộ lọc."] = "No entry matches the filters.",
        ["Số"] = "No.",
        ["Thời điểm"] = "When",
        ["Hành động"] = "Action",
        ["Đối tượng"] = "Entity",
        ["Trước → sau"] = "Before → after",
        ["{0} trường"] = "{0} fields",
        ["Trường"] = "Field",
        ["Trước"] = "Before",
        ["Sau"] = "After",
        ["Chuyển trang"] = "Pages",
        ["« Mới hơn"] = "« Newer",
        ["Cũ hơn »"] = "Older »",
    };
}
