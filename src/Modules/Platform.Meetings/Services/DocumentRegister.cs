using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;
using Platform.Meetings.Rules;

namespace Platform.Meetings.Services;

/// <summary>
/// The province's document register: the standing agency reserves the next number of a year's series for a document
/// type and may cancel one. Reservation is atomic: a transaction-scoped advisory lock on (province, year, type)
/// serialises concurrent reservations, and a unique index stands behind it, so no two documents share a number.
/// </summary>
internal sealed class DocumentRegister(MeetingsDbContext db, MeetingRulebook rules, MeetingAccess access, ICurrentActor actor, TimeProvider clock) : IModuleService
{
    /// <summary>The document types the register numbers, with their Decree 30 abbreviations.</summary>
    public static IReadOnlyList<(string Code, Message Name)> Types { get; } =
    [
        ("TB", new("Thông báo", "Notice")),
        ("GM", new("Giấy mời", "Invitation")),
        ("BB", new("Biên bản", "Minutes")),
        ("BC", new("Báo cáo", "Report")),
    ];

    private string Province => rules.Province.Code.Value;

    /// <summary>The year's register, newest first.</summary>
    public async Task<IReadOnlyList<DocumentNumber>> YearAsync(int year, CancellationToken ct) =>
        await db.DocumentNumbers.AsNoTracking().Where(n => n.Year == year)
            .OrderBy(n => n.TypeCode).ThenByDescending(n => n.Number).ToListAsync(ct);

    /// <summary>Reserves the next number of this year's series of <paramref name="typeCode"/>; the standing agency only.</summary>
    public async Task<Outcome> ReserveAsync(string? typeCode, string? summary, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
        }

        var errors = new Dictionary<string, Message>();
        if (Types.All(t => t.Code != typeCode))
        {
            errors["TypeCode"] = new("Chọn loại văn bản.", "Choose the document type.");
        }

        if (string.IsNullOrWhiteSpace(summary))
        {
            errors["Summary"] = new("Nhập trích yếu của văn bản.", "Enter the document's summary.");
        }

        if (errors.Count > 0)
        {
            return new Outcome(false, false, false, false, errors);
        }

        var now = clock.GetUtcNow();
        var year = VietnamTime.Today(clock).Year;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var key = $"document-register:{Province}:{year}:{typeCode}";
            await db.Database.ExecuteSqlAsync($"select pg_advisory_xact_lock(hashtextextended({key}, 0))", ct);
            var last = await db.DocumentNumbers.Where(n => n.Year == year && n.TypeCode == typeCode).MaxAsync(n => (int?)n.Number, ct) ?? 0;
            var number = new DocumentNumber
            {
                Id = Guid.CreateVersion7(),
                Province = Province,
                Year = year,
                TypeCode = typeCode!,
                Number = last + 1,
                Summary = summary!.Trim(),
                ReservedBy = actor.Name,
                ReservedAt = now,
            };
            db.DocumentNumbers.Add(number);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return Outcome.Done(number.Id);
        });
    }

    /// <summary>
    /// Gives a document the module issues itself (the conclusion notice, when issued) the next number of
    /// <paramref name="year"/>'s series of <paramref name="typeCode"/> and saves it in the same transaction, under the
    /// register's advisory lock: <paramref name="assign"/> writes the number into the document, <paramref name="save"/>
    /// saves the document and the register's row together, and a refused save reserves nothing. The series continues
    /// after both the register's numbers and <paramref name="typedNumbers"/> (numbers typed by hand before the register
    /// gave them, "15/TB-BCĐ"), so a number handed out never repeats one already used.
    /// </summary>
    public async Task<Outcome> SaveWithNextNumberAsync(
        string typeCode, int year, string summary, Func<Task<IReadOnlyList<string>>> typedNumbers, Action<int> assign, Func<Task<Outcome>> save, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var key = $"document-register:{Province}:{year}:{typeCode}";
            await db.Database.ExecuteSqlAsync($"select pg_advisory_xact_lock(hashtextextended({key}, 0))", ct);
            var last = await db.DocumentNumbers.Where(n => n.Year == year && n.TypeCode == typeCode).MaxAsync(n => (int?)n.Number, ct) ?? 0;
            var suffix = $"/{typeCode}-{rules.Province.Documents.Symbol}";
            foreach (var typed in await typedNumbers())
            {
                if (typed.EndsWith(suffix, StringComparison.Ordinal) && int.TryParse(typed[..^suffix.Length].Trim(), out var n) && n > last)
                {
                    last = n;
                }
            }

            var number = new DocumentNumber
            {
                Id = Guid.CreateVersion7(),
                Province = Province,
                Year = year,
                TypeCode = typeCode,
                Number = last + 1,
                Summary = summary,
                ReservedBy = actor.Name,
                ReservedAt = clock.GetUtcNow(),
            };
            db.DocumentNumbers.Add(number);
            assign(number.Number);
            var outcome = await save();
            if (outcome.Succeeded)
            {
                await transaction.CommitAsync(ct);
            }

            return outcome;
        });
    }

    /// <summary>Whether the register gave <paramref name="number"/> of the year's series of the type (cancelled or not).</summary>
    public Task<bool> HoldsAsync(string typeCode, int year, int number, CancellationToken ct) =>
        db.DocumentNumbers.AnyAsync(n => n.Year == year && n.TypeCode == typeCode && n.Number == number, ct);

    /// <summary>Cancels a reserved number; it stays in the register, cancelled, and is never given again.</summary>
    public async Task<Outcome> CancelAsync(Guid id, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
        }

        var number = await db.DocumentNumbers.SingleOrDefaultAsync(n => n.Id == id, ct);
        if (number is null)
        {
            return Outcome.Missing;
        }

        if (number.Version != version)
        {
            return Edits.Clash;
        }

        return number.Cancel(actor.Name, clock.GetUtcNow()) ?? await Edits.SaveAsync(db, id, ct);
    }
}
