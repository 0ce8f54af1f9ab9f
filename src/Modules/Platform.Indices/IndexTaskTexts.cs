using Platform.Core.Localization;

namespace Platform.Indices;

/// <summary>English wording of the tasks aimed at an index and of the index summary sent to a meeting; Vietnamese is the key.</summary>
internal sealed class IndexTaskTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Nhiệm vụ hướng tới chỉ số"] = "Tasks aimed at this index",
        ["Chưa có nhiệm vụ nào hướng tới chỉ số này."] = "No task is aimed at this index yet.",
        ["Nhiệm vụ"] = "Task",
        ["Cơ quan chủ trì"] = "Lead agency",
        ["Thời hạn"] = "Deadline",
        ["Tình trạng"] = "State",
        ["Chỉ số chung"] = "The index as a whole",
        ["Đã hoàn thành"] = "Done",
        ["Quá hạn"] = "Overdue",
        ["Đang thực hiện"] = "Open",
        ["Giao nhiệm vụ hướng tới chỉ số"] = "Assign a task aimed at this index",
        ["Giao nhiệm vụ hướng tới chỉ số {0}"] = "Assign a task aimed at {0}",
        ["Từ một chỉ số thành phần yếu của kết quả năm gần nhất, hoặc từ chỉ số chung; nhiệm vụ được theo dõi như mọi nhiệm vụ của Ban Chỉ đạo, Trưởng Ban quyết định gia hạn."] =
            "From a weak pillar of the latest year's result, or from the index as a whole; the task is followed as every task of the committee, its extensions decided by the head.",
        ["Hướng tới"] = "Aimed at",
        ["Hướng tới (kết quả năm {0})"] = "Aimed at (the {0} result)",
        ["Nội dung nhiệm vụ"] = "Task description",
        ["Sản phẩm, kết quả đầu ra"] = "Expected output",
        ["ví dụ: Báo cáo kết quả; văn bản trình UBND tỉnh"] = "e.g. a report of results; a document submitted to the PPC",
        ["Giao nhiệm vụ"] = "Assign the task",
        ["Đã giao nhiệm vụ hướng tới chỉ số."] = "The task aimed at the index was assigned.",
        ["Gửi bản tổng hợp chỉ số đến cuộc họp"] = "Send the indices' summary to a meeting",
        ["Không có cuộc họp nào sắp diễn ra để gửi bản tổng hợp chỉ số."] = "No meeting is coming up to send the indices' summary to.",
        ["Bản tổng hợp (.docx) nêu kết quả gần nhất của từng chỉ số so với chỉ tiêu năm đó; được đưa vào tài liệu của cuộc họp."] =
            "The summary (.docx) states each index's latest result against that year's target; it goes among the meeting's documents.",
        ["Cuộc họp"] = "Meeting",
        ["Đính kèm vào tài liệu cuộc họp"] = "Attach to the meeting's documents",
        ["Đã đính kèm bản tổng hợp chỉ số vào tài liệu cuộc họp."] = "The indices' summary is attached to the meeting's documents.",
        ["Xem cuộc họp"] = "See the meeting",
    };
}
