using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Forms;

namespace Platform.Web.Pages;

/// <summary>The error pages: say what happened in the user's language and leak nothing of the fault.</summary>
[IgnoreAntiforgeryToken]
[AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Đã xảy ra lỗi";
    public string Message { get; private set; } = "Hệ thống không xử lý được yêu cầu. Lỗi đã được ghi lại.";

    public void OnGet(int code) => Describe(code);

    // A failed POST is re-executed as a POST: answer it the same way.
    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        // Only re-executed requests keep their original status; a direct visit to /error/404 is itself a 404.
        Response.StatusCode = code is >= 400 and <= 599 ? code : 500;
        (Title, Message) = code switch
        {
            404 => ("Không tìm thấy trang", "Trang hoặc tỉnh bạn tìm không có trên hệ thống này."),
            400 => ("Yêu cầu không hợp lệ", "Hệ thống không xử lý được yêu cầu. Lỗi đã được ghi lại."),
            403 => ("Không có quyền truy cập", "Hệ thống không xử lý được yêu cầu. Lỗi đã được ghi lại."),
            // The rate limiter's refusal: nothing went wrong, the user only has to wait (Retry-After says how long).
            429 => ("Quá nhiều lần thử", "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Hãy đợi một lát rồi thử lại."),
            405 => ("Phương thức không được hỗ trợ", "Trang này không nhận loại yêu cầu đó."),
            // A repeat of a form whose first post is still being handled (OncePerSubmissionFilter): nothing is done twice.
            409 => ("Đã nhận biểu mẫu này", "Biểu mẫu này đã được gửi và đang được xử lý. Hãy đợi một lát rồi mở lại trang để xem kết quả trước khi gửi lại."),
            413 => ("Nội dung gửi lên quá lớn", "Tệp lớn hơn 20 MB hoặc nội dung gửi lên quá lớn: mỗi tệp tối đa 20 MB."),
            _ => (Title, Message),
        };

        // Input refused before any page saw it says why (already in the user's language).
        if (RequestRefusal.Of(HttpContext) is { } why)
        {
            Message = why.ToString();
        }
    }
}
