using Platform.Core.Localization;

namespace Platform.Commendations;

/// <summary>English wording of the commendation pages; Vietnamese is the key and the default.</summary>
internal sealed class CommendationsTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Khen thưởng, phê bình"] = "Commendation and criticism",
        ["Các đề nghị khen thưởng, phê bình"] = "Commendation and criticism proposals",
        ["Lập đề nghị"] = "New proposal",
        ["Lập đề nghị khen thưởng, phê bình"] = "Propose commendation or criticism",
        ["Chưa có đề nghị nào."] = "No proposals yet.",
        ["Cơ quan thường trực đề nghị; Trưởng Ban biểu dương, phê bình hoặc đề nghị cấp có thẩm quyền."] =
            "The standing agency proposes; the head commends, criticises or proposes to the competent level.",
        ["Cơ quan thường trực đề nghị; Trưởng Ban quyết định."] = "The standing agency proposes; the head decides.",
        ["Quy chế của tỉnh không quy định việc này; áp dụng mặc định: Cơ quan thường trực đề nghị, Trưởng Ban quyết định."] =
            "The province's regulation states nothing on this; by default the standing agency proposes and the head decides.",
        ["Quy chế của tỉnh không quy định đề nghị phê bình hay xử lý trách nhiệm."] =
            "The province's regulation does not provide for criticism or discipline proposals.",
        ["Loại đề nghị"] = "What is proposed",
        ["Loại"] = "Kind",
        ["Đề nghị cho"] = "Proposed for",
        ["Tập thể (cơ quan, đơn vị)"] = "An agency or unit",
        ["Cá nhân"] = "A person",
        ["Tập thể, cá nhân"] = "Agency or person",
        ["Cơ quan, đơn vị (của cá nhân, nếu có)"] = "Agency or unit (the person's, if any)",
        ["Họ và tên cá nhân"] = "Person's full name",
        ["Chức vụ"] = "Position",
        ["Căn cứ"] = "Grounds",
        ["Căn cứ, thành tích hoặc khuyết điểm"] = "Grounds: results or shortcomings",
        ["Kèm tỷ lệ hoàn thành nhiệm vụ đúng hạn, báo cáo định kỳ và kết quả kiểm tra của cơ quan trong năm"] = "Attach the agency's on-time rate of tasks, its periodic reports and inspection findings for the year",
        ["Để trống nếu không kèm số liệu; số liệu được ghi lại tại thời điểm lập đề nghị."] =
            "Leave blank to attach no figures; the figures are recorded as they stand when the proposal is made.",
        ["Gửi đề nghị tới Trưởng Ban"] = "Send the proposal to the head",
        ["Tỷ lệ nhiệm vụ đúng hạn"] = "On-time rate of tasks",
        ["Tình trạng"] = "Status",
        ["Năm"] = "Year",
        ["Tất cả"] = "All",
        ["Lọc"] = "Filter",
        ["Số"] = "No.",
        ["số"] = "no.",
        ["Người lập"] = "Proposed by",
        ["Số liệu nhiệm vụ của {0} năm {1}"] = "Tasks record of {0} in {1}",
        ["Số liệu được ghi lại khi lập đề nghị, tính như trang theo dõi nhiệm vụ: các nhiệm vụ có thời hạn trong năm, chưa hủy, đã hoàn thành hoặc đã quá hạn."] =
            "Recorded when the proposal was made, counted as the tasks dashboard counts: tasks due in the year, not cancelled, done or past their deadline.",
        ["Số liệu nhiệm vụ"] = "Tasks record",
        ["Được tính"] = "Counted",
        ["Đúng hạn"] = "On time",
        ["Trễ hạn"] = "Late",
        ["Quá hạn chưa xong"] = "Overdue, not done",
        ["Tỷ lệ đúng hạn"] = "On-time rate",
        ["Báo cáo định kỳ của {0} năm {1}"] = "Periodic reports of {0} in {1}",
        ["Các báo cáo cơ quan phải gửi trong năm theo quy trình báo cáo của tỉnh, đánh giá như trang Mức độ đúng hạn của các đơn vị."] =
            "The reports the agency owed that year under the province's reporting chain, judged as the punctuality page judges them.",
        ["Báo cáo định kỳ"] = "Periodic reports",
        ["Kết quả kiểm tra đối với {0} năm {1}"] = "Inspection findings about {0} in {1}",
        ["Chưa gửi, đã quá hạn"] = "Not sent, past the deadline",
        ["Kết quả xử lý"] = "Outcome",
        ["Văn bản gửi cấp có thẩm quyền"] = "Document sent to the competent level",
        ["Quyết định của Trưởng Ban"] = "The head's decision",
        ["Trưởng Ban biểu dương, phê bình hoặc đề nghị cấp có thẩm quyền khen thưởng, xử lý."] =
            "The head commends or criticises, or proposes commendation or handling to the competent level.",
        ["Ý kiến, lý do"] = "Comment or reason",
        ["Số, ngày văn bản gửi cấp có thẩm quyền (khi chuyển)"] = "Number and date of the document to the competent level (when forwarding)",
        ["Biểu dương"] = "Commend",
        ["Phê bình"] = "Criticise",
        ["Chuyển cấp có thẩm quyền"] = "Forward to the competent level",
        ["Không chấp thuận"] = "Decline",
        ["Rút đề nghị"] = "Withdraw the proposal",
        ["Lý do rút"] = "Reason for withdrawing",
        ["Đề nghị khen thưởng, phê bình chờ quyết định"] = "Commendation and criticism proposals awaiting a decision",
        ["{0} đề nghị chờ Trưởng Ban quyết định"] = "{0} proposals awaiting the head's decision",
        ["Đã lập đề nghị; chờ Trưởng Ban quyết định."] = "Proposal made; it awaits the head's decision.",
        ["Đã chuyển đề nghị tới cấp có thẩm quyền."] = "The proposal was forwarded to the competent level.",
        ["Đã ghi nhận không chấp thuận đề nghị."] = "The proposal was declined.",
        ["Đã ghi nhận quyết định của Trưởng Ban."] = "The head's decision was recorded.",
        ["Đã rút đề nghị."] = "The proposal was withdrawn.",
    };
}
