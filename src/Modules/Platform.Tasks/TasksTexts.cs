using Platform.Core.Localization;

namespace Platform.Tasks;

/// <summary>English wording of the tasks pages; Vietnamese is the key and the default.</summary>
/// <remarks>
/// The tasks pages and services read this dictionary only (then the host's shared one): a key another module also
/// translates ("Cơ quan chủ trì", "Thời hạn", …) needs its entry here too.
/// </remarks>
internal sealed class TasksTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Tải văn bản (.docx)"] = "Download the document (.docx)",
        ["Kế hoạch theo Nghị định 30 (bản in, .docx)"] = "As an official document, Decree 30 (print, .docx)",
        ["Nhiệm vụ"] = "Tasks",

        ["Nhiệm vụ hướng tới các chỉ số xếp hạng"] = "Tasks aimed at the ranking indices",
        ["Chỉ số xếp hạng"] = "Ranking index",
        ["Còn trong hạn"] = "Open, within the deadline",
        ["Hướng tới chỉ số"] = "Aimed at the index",
        ["chỉ số chung"] = "the index as a whole",

        // Shared with the other modules
        ["Cơ quan chủ trì"] = "Lead agency",
        ["Thời hạn"] = "Deadline",
        ["thời hạn"] = "deadline",
        ["Lĩnh vực"] = "Portfolio",
        ["Tình trạng"] = "Status",
        ["Tên"] = "Name",
        ["Thao tác"] = "Actions",
        ["Bỏ"] = "Remove",
        ["Thêm mục"] = "Add item",
        ["Thông báo kết luận"] = "Conclusion notice",
        ["ngày"] = "dated",
        ["Lý do"] = "Reason",
        ["Lý do hủy"] = "Reason for cancelling",
        ["Không đồng ý"] = "Refuse",
        ["Nội dung"] = "Subject",
        ["Lọc"] = "Filter",
        ["Trang {0}/{1}"] = "Page {0} of {1}",
        ["{0} mục"] = "{0} entries",
        ["{0} nhiệm vụ"] = "{0} tasks",
        ["Việc cần làm"] = "Tasks",
        ["Xem"] = "Show",
        ["dd/MM/yyyy"] = "dd/MM/yyyy",
        ["KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN"] = "Acting for the head:",
        ["theo văn bản số"] = "per document no.",

        // List of tasks
        ["Nhiệm vụ của cơ quan tôi"] = "My agency's tasks",
        ["Bảng theo dõi"] = "Dashboard",
        ["Kế hoạch công tác năm"] = "Annual work plans",
        ["Giao nhiệm vụ"] = "Assign a task",
        ["Tài khoản của bạn không gắn với vị trí thành viên nào, nên không có cơ quan của bạn."] =
            "Your account is not linked to any member seat, so you have no agency.",
        ["Lọc danh sách"] = "Filter the list",
        ["Tìm (không cần dấu)"] = "Search (diacritics optional)",
        ["Cơ quan"] = "Agency",
        ["Tất cả"] = "All",
        ["Nguồn"] = "Source",
        ["Sắp xếp"] = "Sort by",
        ["Hạn gần nhất trước"] = "Nearest deadline first",
        ["Hạn xa nhất trước"] = "Latest deadline first",
        ["Mới giao trước"] = "Most recently assigned first",
        ["Theo cơ quan chủ trì"] = "By lead agency",
        ["Tải danh sách (CSV)"] = "Download the list (CSV)",
        ["Tải danh sách (Excel)"] = "Download the list (Excel)",
        ["Sắp đến hạn trong {0} ngày"] = "Due within {0} days",
        ["Gửi quyết định về đề nghị gia hạn này? Quyết định đã gửi không sửa lại được."] = "Send your decision on this extension request? A decision sent cannot be changed.",
        ["Thay đổi tình trạng nhiệm vụ này? Việc hoàn thành hoặc hủy được ghi vào lịch sử của nhiệm vụ."] = "Change this task's state? Completion or cancellation is recorded in the task's history.",
        ["Phê duyệt và ban hành kế hoạch? Mỗi mục sẽ thành một nhiệm vụ; kế hoạch đã ban hành không sửa được."] = "Approve and issue the plan? Each item becomes a task; an issued plan cannot be changed.",
        ["Trang"] = "Pages",
        ["Trang trước"] = "Previous page",
        ["Trang sau"] = "Next page",
        ["Không có nhiệm vụ nào."] = "No tasks.",
        ["Thời hạn ban đầu"] = "Original deadline",

        // Dashboard
        ["Bảng theo dõi nhiệm vụ"] = "Task dashboard",
        ["Ngày {0}. Quá hạn: chưa hoàn thành sau thời hạn đang áp dụng; sắp đến hạn: trong {1} ngày tới."] =
            "As of {0}. Overdue: not done by the deadline in force; due soon: within the next {1} days.",
        ["Cơ quan thường trực theo dõi, đôn đốc"] = "The standing agency monitors and follows up",
        ["Theo lĩnh vực"] = "By portfolio",
        ["Chưa có nhiệm vụ nào."] = "No tasks yet.",
        ["Quá hạn"] = "Overdue",
        ["Sắp đến hạn"] = "Due soon",
        ["Đang theo dõi"] = "Open",
        ["Hoàn thành đúng hạn"] = "Done on time",
        ["Hoàn thành quá hạn"] = "Done late",
        ["Đã hủy"] = "Cancelled",
        ["Tỷ lệ hoàn thành đúng hạn theo quý"] = "On-time completion rate by quarter",
        ["Tính trên các nhiệm vụ có thời hạn đang áp dụng trong quý, chưa hủy, đã hoàn thành hoặc đã quá hạn; đúng hạn là hoàn thành không muộn hơn thời hạn đang áp dụng (kể cả gia hạn đã được đồng ý)."] =
            "Counts the tasks whose deadline in force falls in the quarter, not cancelled, and either done or overdue; on time means done no later than the deadline in force (approved extensions included).",
        ["Quá hạn lâu nhất"] = "Longest overdue",
        ["Tất cả nhiệm vụ quá hạn"] = "All overdue tasks",

        // Assigning a task
        ["Từ kết luận cuộc họp"] = "From a meeting conclusion",
        ["mục"] = "item",
        ["Mục kết luận này đã được theo dõi thành nhiệm vụ."] = "This conclusion item is already tracked as a task.",
        ["Theo dõi kết luận đã ban hành"] = "Follow up issued conclusions",
        ["Cơ quan thường trực theo dõi, đôn đốc việc thực hiện các kết luận"] =
            "The standing agency monitors and follows up the implementation of the conclusions",
        ["Chưa có thông báo kết luận nào được ban hành."] = "No conclusion notice has been issued yet.",
        ["Đã theo dõi"] = "Tracked",
        ["Giao thành nhiệm vụ"] = "Make it a task",
        ["Giao nhiệm vụ trực tiếp"] = "Assign a task directly",
        ["Thông tin nhiệm vụ"] = "Task details",
        ["Nội dung nhiệm vụ"] = "Task description",
        ["Sản phẩm, kết quả đầu ra"] = "Expected output",
        ["ví dụ: Báo cáo kết quả; văn bản trình UBND tỉnh"] = "e.g. a results report; a document submitted to the PPC",
        ["Cơ quan phối hợp"] = "Co-operating agencies",
        ["Thời hạn (lần đầu)"] = "First deadline",
        ["Chu kỳ"] = "Recurrence",
        ["Đến ngày (nhiệm vụ định kỳ)"] = "Until (recurring tasks)",

        // Annual work plans
        ["Chương trình, kế hoạch công tác hằng năm"] = "Annual work programmes and plans",
        ["Cơ quan thường trực xây dựng; Trưởng Ban phê duyệt, ban hành; mỗi mục trở thành nhiệm vụ được theo dõi."] =
            "The standing agency drafts; the head approves and issues; each item becomes a tracked task.",
        ["Chưa có kế hoạch nào."] = "No plans yet.",
        ["Năm {0}"] = "Year {0}",
        ["Dự thảo"] = "Draft",
        ["Đã ban hành"] = "Issued",
        ["Lập dự thảo kế hoạch năm {0}"] = "Draft the plan for {0}",
        ["Kế hoạch chưa có mục nào."] = "The plan has no items yet.",
        ["Phối hợp"] = "Co-operating",
        ["Xem các nhiệm vụ theo kế hoạch"] = "Show the tasks from work plans",
        ["Thêm mục vào kế hoạch"] = "Add an item to the plan",
        ["Nhiệm vụ định kỳ lặp lại đến hết năm của kế hoạch."] = "A recurring task repeats until the end of the plan's year.",
        ["Phê duyệt, ban hành"] = "Approval and issue",
        ["Trưởng Ban phê duyệt, ban hành chương trình, kế hoạch công tác hằng năm."] =
            "The head approves and issues the annual work programme and plan.",
        ["Số văn bản ban hành"] = "Number of the issuing document",
        ["Ngày ban hành"] = "Date of issue",
        ["Phê duyệt và ban hành"] = "Approve and issue",

        // One task
        ["ban đầu"] = "originally",
        ["đã gia hạn"] = "extended",
        ["Người giao"] = "Assigned by",
        ["Ngày hoàn thành"] = "Completion date",
        ["Các kỳ của nhiệm vụ định kỳ"] = "Periods of the recurring task",
        ["Đề nghị gia hạn chờ quyết định"] = "Extension request awaiting a decision",
        ["Từ {0} đến {1}"] = "From {0} to {1}",
        ["Ý kiến (bắt buộc khi không đồng ý)"] = "Comment (required when refusing)",
        ["Đồng ý gia hạn"] = "Approve the extension",
        ["Người đã giao nhiệm vụ quyết định việc gia hạn."] = "Whoever assigned the task decides on extensions.",
        ["Báo cáo tiến độ"] = "Report progress",
        ["Kết quả, tiến độ thực hiện"] = "Results and progress",
        ["Đang thực hiện"] = "In progress",
        ["Đã hoàn thành"] = "Done",
        ["Tỷ lệ hoàn thành (%)"] = "Completion (%)",
        ["Tài liệu minh chứng"] = "Supporting documents",
        ["PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG; tối đa 20 MB mỗi tệp"] =
            "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG; up to 20 MB per file",
        ["Gửi báo cáo"] = "Send report",
        ["Đề nghị gia hạn"] = "Request an extension",
        ["Thời hạn đề nghị"] = "Requested deadline",
        ["Gửi đề nghị gia hạn"] = "Send extension request",
        ["Cơ quan thường trực"] = "Standing agency",
        ["Lý do (bắt buộc khi mở lại hoặc hủy)"] = "Reason (required to reopen or cancel)",
        ["Đánh dấu hoàn thành"] = "Mark as done",
        ["Hủy nhiệm vụ"] = "Cancel the task",
        ["Mở lại"] = "Reopen",
        ["Lịch sử"] = "History",
        ["Trao đổi"] = "Comments",
        ["Gửi"] = "Send",

        // Home-page panel
        ["Nhiệm vụ chậm, quá hạn"] = "Late and overdue tasks",
        ["Không có nhiệm vụ nào quá hạn."] = "No tasks are overdue.",
        ["{0} nhiệm vụ quá hạn"] = "{0} tasks overdue",
        ["{0} đề nghị gia hạn chờ bạn quyết định"] = "{0} extension requests await your decision",
        ["Cơ quan của tôi"] = "My agencies",

        // Confirmations after a command
        ["Đã giao nhiệm vụ."] = "Task assigned.",
        ["Đã lập dự thảo kế hoạch."] = "Draft plan created.",
        ["Đã thêm mục vào kế hoạch."] = "Item added to the plan.",
        ["Đã bỏ mục khỏi kế hoạch."] = "Item removed from the plan.",
        ["Đã ban hành kế hoạch; các mục đã trở thành nhiệm vụ."] = "Plan issued; its items are now tasks.",
        ["Đã cập nhật tiến độ."] = "Progress updated.",
        ["Đã gửi trao đổi."] = "Comment sent.",
        ["Đã gửi đề nghị gia hạn."] = "Extension request sent.",
        ["Đã đồng ý gia hạn."] = "Extension approved.",
        ["Đã không đồng ý gia hạn."] = "Extension refused.",
        ["Đã đánh dấu hoàn thành."] = "Marked as done.",
        ["Đã mở lại nhiệm vụ."] = "Task reopened.",
        ["Đã hủy nhiệm vụ."] = "Task cancelled.",
        ["Khi người đã giao nhiệm vụ quyết định bằng văn bản, cơ quan thường trực nhập thay theo số và ngày văn bản; lịch sử ghi cả người quyết định và người nhập."] =
            "When whoever assigned the task decided in a document, the standing agency enters it with the document's number and date; the history names both who decided and who entered it.",
        ["Số văn bản"] = "Document number",
        ["Ngày ký"] = "Date signed",
        ["Nhập quyết định đồng ý gia hạn"] = "Enter the decision approving the extension",
        ["Nhập quyết định không đồng ý"] = "Enter the decision refusing it",
        ["nhập thay, theo văn bản số"] = "entered on their behalf, per document no.",
        ["người nhập"] = "entered by",
    };
}
