using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Identity.Pages.Account;

/// <summary>Sign-out: POST only, with the antiforgery token, so no link or image can sign an official out.</summary>
internal sealed class LogoutModel(SignInManager<Accounts.Account> signIn) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
