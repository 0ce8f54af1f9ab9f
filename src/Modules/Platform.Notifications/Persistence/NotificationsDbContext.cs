using Microsoft.EntityFrameworkCore;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;
using Platform.Notifications.Model;
using Platform.Notifications.Reminders;

namespace Platform.Notifications.Persistence;

/// <summary>The notifications schema: the outbox, each account's list and each email. Every query sees the current province's rows only.</summary>
internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options, CurrentProvince province)
    : ProvinceDbContext(options, province)
{
    public const string Schema = "notifications";

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxItem> Inbox => Set<InboxItem>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<ReminderRun> ReminderRuns => Set<ReminderRun>();
    public DbSet<ReminderSent> RemindersSent => Set<ReminderSent>();
    public DbSet<MailPreference> MailPreferences => Set<MailPreference>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox");
            e.Property(m => m.Subject).HasMaxLength(1000);
            e.HasIndex(m => new { m.Province, m.CreatedAt });
        });
        modelBuilder.Entity<MailPreference>(e =>
        {
            e.ToTable("mail_preferences");
            e.HasKey(p => new { p.Province, p.AccountId });
        });
        modelBuilder.Entity<InboxItem>(e =>
        {
            e.ToTable("inbox");
            e.HasOne<OutboxMessage>().WithMany().HasForeignKey(i => i.MessageId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(i => new { i.MessageId, i.AccountId }).IsUnique();
            e.HasIndex(i => new { i.Province, i.AccountId, i.ReadAt });
        });
        modelBuilder.Entity<Delivery>(e =>
        {
            e.ToTable("deliveries");
            e.HasOne<OutboxMessage>().WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(d => new { d.MessageId, d.AccountId }).IsUnique();
            e.HasIndex(d => d.MailMessageId).IsUnique();
            e.HasIndex(d => new { d.Province, d.State, d.NextAttemptAt });
        });
        modelBuilder.Entity<ReminderRun>(e =>
        {
            e.ToTable("reminder_runs");
            e.HasKey(r => new { r.Province, r.Day });
        });
        modelBuilder.Entity<ReminderSent>(e =>
        {
            e.ToTable("reminders_sent");
            e.HasKey(r => new { r.Province, r.DeadlineKey, r.Due, r.Stage });
            e.Property(r => r.DeadlineKey).HasMaxLength(300);
        });

        FilterEveryEntityByProvince(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }
}
