using Microsoft.AspNetCore.Identity;

namespace Platform.Identity.Passwords;

/// <summary>Identity's messages in Vietnamese (the pages translate them to English through the wording catalogue).</summary>
internal sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Mật khẩu phải có ít nhất {length} ký tự." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Mật khẩu hiện tại không đúng." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Tên đăng nhập '{userName}' đã có." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"Tên đăng nhập '{userName}' không hợp lệ: chỉ dùng chữ không dấu, số, dấu chấm, gạch ngang." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Không thực hiện được thao tác." };
}
