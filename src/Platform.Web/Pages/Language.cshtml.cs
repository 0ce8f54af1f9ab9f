using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Security;

namespace Platform.Web.Pages;

/// <summary>Switches the UI language (Vietnamese by default, English) by a cookie, then returns to the page.</summary>
[AllowAnonymous]
internal sealed class LanguageModel(SiteCookies cookies) : PageModel
{
    private static readonly string[] Supported = ["vi-VN", "en-GB"];

    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = Supported.Contains(culture) ? culture! : Supported[0];
        Response.Cookies.Append(
            cookies.Culture,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            cookies.ForCulture(Request));

        // Only local paths: an open redirect would let a link send an official anywhere.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : Url.Content("~/"));
    }
}
