using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Platform.Core.Localization;

namespace Platform.Identity.Passwords;

/// <summary>
/// Identity's messages in the request's language: the Vietnamese format is looked up in the module's dictionary, then
/// filled in (a message formatted first would never be found). Pages show the descriptions as they are.
/// </summary>
internal sealed class VietnameseIdentityErrors(IStringLocalizer<IdentityTexts> t) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = t.Format("Mật khẩu phải có ít nhất {0} ký tự.", length) };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = t["Mật khẩu hiện tại không đúng."] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = t.Format("Tên đăng nhập '{0}' đã có.", userName) };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = t.Format("Tên đăng nhập '{0}' không hợp lệ: chỉ dùng chữ không dấu, số, dấu chấm, gạch ngang.", userName) };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = t["Không thực hiện được thao tác."] };
}
