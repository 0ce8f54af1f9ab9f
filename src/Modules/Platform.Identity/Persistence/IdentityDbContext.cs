using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Auditing;
using Platform.Core.Persistence;
using Platform.Identity.Accounts;
using Platform.Identity.Sessions;
using Platform.Identity.SignIn;

namespace Platform.Identity.Persistence;

/// <summary>
/// The identity schema. Accounts are national, not province-owned: the grants say which provinces an account reaches.
/// </summary>
internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<Account, IdentityRole<Guid>, Guid>(options)
{
    public const string Schema = "identity";

    public DbSet<RoleGrant> Grants => Set<RoleGrant>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<ActivationLink> ActivationLinks => Set<ActivationLink>();

    public DbSet<SignInThrottleEntry> SignInThrottles => Set<SignInThrottleEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<Account>(e =>
        {
            e.ToTable("accounts");
            e.Property(a => a.DisplayName).HasMaxLength(200);
            // Kept out of the audit trail's values: that they changed shows, never what they are.
            e.Property(a => a.PasswordHash).KeptOutOfAudit();
            e.Property(a => a.SecurityStamp).KeptOutOfAudit();
            e.Property(a => a.ConcurrencyStamp).KeptOutOfAudit();
            e.HasMany(a => a.Grants).WithOne().HasForeignKey(g => g.AccountId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<RoleGrant>(e =>
        {
            e.ToTable("grants");
            e.Ignore(g => g.ClaimValue);
            // One grant per role, seat and agency: a member may be linked to two seats by two grants.
            e.HasIndex(g => new { g.AccountId, g.Province, g.Role, g.SeatKey, g.AgencyKey }).IsUnique().AreNullsDistinct(false);
            e.HasIndex(g => g.Province);
        });
        builder.Entity<Session>(e =>
        {
            e.ToTable("sessions");
            e.Property(s => s.Id).ValueGeneratedNever();
            e.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.AccountId);
        });
        builder.Entity<ActivationLink>(e =>
        {
            e.ToTable("activation_links");
            e.HasKey(l => l.AccountId);
            e.HasOne<Account>().WithOne().HasForeignKey<ActivationLink>(l => l.AccountId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(l => l.TokenHash).IsUnique();
            e.Property(l => l.Version).IsRowVersion().HasColumnName("xmin");
            // Only a hash, but still what opens the account: the trail says a link was issued, never its hash.
            e.Property(l => l.TokenHash).KeptOutOfAudit();
        });
        builder.Entity<SignInThrottleEntry>(e =>
        {
            e.ToTable("sign_in_throttles");
            e.HasKey(t => t.Key);
            e.Property(t => t.Key).HasMaxLength(400);
        });
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("account_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("account_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("account_logins");
        // Tokens hold the authenticator key, recovery codes and the last code's time step.
        builder.Entity<IdentityUserToken<Guid>>(e =>
        {
            e.ToTable("account_tokens");
            e.Property(t => t.Value).KeptOutOfAudit();
        });
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.UseSnakeCaseNames();
    }
}
