using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Identity.Pages.Account;

/// <summary>Changing one's own password: the current one first, then a new one that passes the same rules.</summary>
internal sealed class PasswordModel(UserManager<Accounts.Account> users, SignInManager<Accounts.Account> signIn) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Repeat { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        if (New != Repeat)
        {
            Errors = ["Mật khẩu mới nhập lại không khớp."];
        }
        else
        {
            var result = await users.ChangePasswordAsync(account, Current ?? "", New ?? "");
            Errors = [.. result.Errors.Select(e => e.Description)];
            if (result.Succeeded)
            {
                // Other sessions end (new security stamp); this one is renewed.
                await signIn.RefreshSignInAsync(account);
                Done = true;
            }
        }

        if (!Done)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
