using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Commands;
using Platform.Core.Files;
using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Platform.Proposals.Services;

namespace Platform.Proposals.Pages.Proposals;

/// <summary>A member (for their seat), a body or an agency's focal point raises a proposal or an obstacle through the standing agency.</summary>
internal sealed class NewModel(ProposalCommands commands, ProposalAccess access, CurrentProvince province) : CommandPage
{
    [BindProperty] public FilingForm Form { get; set; } = new();

    public IReadOnlyList<FilerOption> Filers { get; private set; } = [];
    public CurrentProvince Province => province;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Filers = await access.FilerOptionsAsync(User, ct);
        if (Filers.Count == 0)
        {
            return Forbid();
        }

        Form.Filer = Filers[0].Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken ct)
    {
        var uploads = Upload.From(files);
        Outcome outcome;
        try
        {
            outcome = await commands.FileAsync(Form, uploads, User, ct);
        }
        finally
        {
            await Uploads.DisposeAllAsync(uploads);
        }

        if (outcome.Succeeded)
        {
            return After("Đã gửi kiến nghị đến Cơ quan thường trực.", $"kien-nghi/{outcome.Id}");
        }

        Filers = await access.FilerOptionsAsync(User, ct);
        return Refusal(outcome) ?? Page();
    }
}
