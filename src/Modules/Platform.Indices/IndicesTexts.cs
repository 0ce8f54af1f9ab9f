using Platform.Core.Localization;

namespace Platform.Indices;

/// <summary>English wording of the indices pages; Vietnamese is the key and the default.</summary>
internal sealed class IndicesTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Biểu đồ"] = "Chart",
        ["Chưa có kết quả"] = "No result yet",
        ["Chưa có kết quả nào được ghi."] = "No result has been entered yet.",
        ["Chưa đạt"] = "Not met",
        ["Chưa đặt"] = "Not set",
        ["Chỉ số"] = "Index",
        ["Chỉ số thành phần"] = "Pillar",
        ["Chỉ số thành phần của năm (theo phương pháp năm đó)"] = "The year's pillars (as that year's methodology names them)",
        ["Chỉ số thành phần năm {0}"] = "Pillars in {0}",
        ["Chỉ số và chỉ tiêu"] = "Indices and targets",
        ["Chỉ tiêu"] = "Target",
        ["Chỉ tiêu các năm chưa có kết quả"] = "Targets of years without a result yet",
        ["Các chỉ số"] = "The indices",
        ["Cơ quan công bố"] = "Published by",
        ["Cơ quan theo dõi"] = "Agency in charge",
        ["Diễn biến qua các năm"] = "Trend over the years",
        ["Ghi kết quả một năm"] = "Enter a year's result",
        ["Hạng {0} trở lên"] = "Rank {0} or better",
        ["Lưu chỉ tiêu"] = "Save the target",
        ["Lưu kết quả"] = "Save the result",
        ["Mỗi chỉ số do một cơ quan theo dõi theo quy chế; đầu mối của cơ quan đó hoặc Cơ quan thường trực ghi kết quả và chỉ tiêu."] =
            "The regulation puts each index in one agency's care; that agency's focal points or the standing agency enter its results and targets.",
        ["Nguồn"] = "Source",
        ["Ngày công bố"] = "Publication date",
        ["Năm"] = "Year",
        ["Quy chế của tỉnh không giao cơ quan nào theo dõi chỉ số xếp hạng nào; trang này không có gì để hiển thị."] =
            "The province's regulation names no index for any agency to follow; there is nothing to show here.",
        ["Số liệu {0} qua các năm"] = "{0} over the years",
        ["Sửa"] = "Correct",
        ["Sửa chỉ tiêu năm {0}"] = "Correct the {0} target",
        ["Sửa kết quả năm {0}"] = "Correct the {0} result",
        ["Thứ hạng"] = "Rank",
        ["Thứ hạng (1 ở trên cùng)"] = "Rank (1 at the top)",
        ["Thứ hạng cần đạt (hoặc tốt hơn)"] = "Rank to reach (or better)",
        ["Tên {0}"] = "Name {0}",
        ["Văn bản công bố"] = "Publishing document",
        ["Văn bản đặt chỉ tiêu"] = "Document setting the target",
        ["dd/MM/yyyy"] = "dd/MM/yyyy",
        ["trên số tỉnh, thành phố được xếp hạng"] = "out of the number of provinces ranked",
        ["{0} trên {1}"] = "{0} of {1}",
        ["Điểm"] = "Score",
        ["Điểm cần đạt"] = "Score to reach",
        ["Điểm từ {0}"] = "Score of {0} or more",
        ["Điểm và thứ hạng {0} qua các năm {1}–{2}; số liệu ở bảng bên cạnh"] = "{0} score and rank over {1}–{2}; the figures are in the table beside it",
        ["Đạt"] = "Met",
        ["Đạt chỉ tiêu"] = "Target met",
        ["Đặt chỉ tiêu một năm"] = "Set a year's target",
        ["Đã lưu kết quả chỉ số."] = "The index result is saved.",
        ["Đã lưu chỉ tiêu."] = "The target is saved.",
        ["hạng {0} trên {1}"] = "rank {0} of {1}",
        ["Chưa đạt chỉ tiêu"] = "Target not met",
    };
}
