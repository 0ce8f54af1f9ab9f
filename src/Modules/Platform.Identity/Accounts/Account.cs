using Microsoft.AspNetCore.Identity;

namespace Platform.Identity.Accounts;

/// <summary>A person's account. Accounts are national: one account may hold roles in several provinces.</summary>
internal sealed class Account : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>A disabled account cannot sign in, and its open sessions end at their next request.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Made by the run command for trying the product; never on a production install.</summary>
    public bool IsDemo { get; set; }

    public List<RoleGrant> Grants { get; set; } = [];
}

/// <summary>
/// A role held in one province (optionally tied to the seat the person holds there), or a national role when
/// <see cref="Province"/> is <see cref="National"/>.
/// </summary>
internal sealed class RoleGrant
{
    public const string National = "*";

    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public required string Province { get; set; }
    public required string Role { get; set; }

    /// <summary>The committee seat the person holds in that province, where there is one.</summary>
    public string? SeatKey { get; set; }

    /// <summary>The agency the person acts for as its focal point (its staff, not a seat holder), where there is one.</summary>
    public string? AgencyKey { get; set; }

    /// <summary>The claim value that carries this grant: "son-la:secretariat", "*:ministry-viewer".</summary>
    public string ClaimValue => $"{Province}:{Role}";
}
