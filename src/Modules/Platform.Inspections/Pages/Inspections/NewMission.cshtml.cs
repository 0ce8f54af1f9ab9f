using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Files;
using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Platform.Inspections.Services;
using Platform.Sdk.Structure;

namespace Platform.Inspections.Pages.Inspections;

/// <summary>Setting up a mission, in the year's plan or ad hoc: what is inspected, when, the lead, the team and the decision.</summary>
internal sealed class NewMissionModel(InspectionCommands commands, ICommitteeDirectory committee, CurrentProvince province, TimeProvider clock) : CommandPage
{
    public const int GuestSlots = 3;

    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "dot-xuat")] public bool AdHoc { get; set; }
    [BindProperty] public MissionForm Form { get; set; } = new();

    public IReadOnlyList<AgencyEntry> Agencies { get; private set; } = [];
    public IReadOnlyList<SeatHolder> Seats { get; private set; } = [];
    public IEnumerable<SeatHolder> Leaders => Seats.Where(s => s.Role is SeatRole.Head or SeatRole.StandingDeputy or SeatRole.Deputy);
    public bool IsDecider { get; private set; }
    public CurrentProvince Province => province;

    public int TheYear => Year ?? VietnamTime.Today(clock).Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Form.Year = TheYear;
        Form.AdHoc = AdHoc;
        return await LoadAsync(ct) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken ct)
    {
        var uploads = Upload.From(files);
        try
        {
            var outcome = await commands.SetUpMissionAsync(Form, uploads, User, ct);
            if (outcome.Succeeded)
            {
                return After("Đã thành lập đoàn kiểm tra.", $"kiem-tra/doan/{outcome.Id}");
            }

            var refused = Refusal(outcome);
            if (refused is not null)
            {
                return refused;
            }

            await LoadAsync(ct);
            return Page();
        }
        finally
        {
            await Uploads.DisposeAllAsync(uploads);
        }
    }

    /// <summary>False when the user may set up no mission at all (neither a decider nor the standing agency).</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        IsDecider = await commands.DeciderSeatAsync(User, ct) is not null;
        var secretariat = await commands.IsSecretariatAsync(User);
        Agencies = await committee.AgenciesAsync(ct);
        Seats = [.. (await committee.SeatsOnAsync(VietnamTime.Today(clock), ct)).Where(s => s.HolderName is not null)];
        while (Form.Guests.Count < GuestSlots)
        {
            Form.Guests.Add(new GuestInput());
        }

        return IsDecider || (secretariat && !Form.AdHoc);
    }
}
