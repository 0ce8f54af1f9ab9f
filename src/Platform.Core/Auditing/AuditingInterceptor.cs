using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Core.Tenancy;

namespace Platform.Core.Auditing;

/// <summary>
/// Turns every entity a module's DbContext adds, modifies or deletes into an audit record, and appends the records
/// inside the transaction that commits the change: a change is never committed without its records, nor the reverse.
/// </summary>
/// <remarks>
/// The records are appended when the transaction is about to commit. Inside SaveChanges EF Core commits its own
/// transaction after the rows are written and generated keys are read back, so the records hold the final values. A
/// caller's own transaction works the same way, provided it is committed through EF Core
/// (<c>Database.CommitTransactionAsync</c> or the <c>IDbContextTransaction</c>). Appending in the commit, rather
/// than in each save, also holds a province's chain lock for the shortest time.
/// </remarks>
public sealed class AuditingInterceptor(IAuditWriter writer, CurrentProvince province) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && AuditedChange.Capture(context, province.Code).Count > 0)
        {
            // Appending reads and writes the database; a synchronous save would block on it. Refuse rather than skip the trail.
            throw new NotSupportedException(
                "Thay đổi phải được lưu bằng SaveChangesAsync để ghi nhật ký. / Changes must be saved with SaveChangesAsync to be audited.");
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            var changes = AuditedChange.Capture(context, province.Code);
            if (changes.Count > 0)
            {
                RequireTransaction(context);
            }

            _pending.GetOrCreateValue(context).Saving = changes;
        }

        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        // Records not yet appended belong to the caller's open transaction: complete them now, while the values are
        // this save's, and append them when that transaction commits.
        if (PendingOf(eventData.Context) is { } pending)
        {
            pending.Saved.AddRange(pending.Saving.Select(c => c.Complete()));
            pending.Saving = [];
        }

        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        PendingOf(eventData.Context)?.Saving.Clear();
        return Task.CompletedTask;
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        PendingOf(eventData.Context)?.Saving.Clear();
        return Task.CompletedTask;
    }

    async ValueTask<InterceptionResult> IDbTransactionInterceptor.TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken)
    {
        if (PendingOf(eventData.Context) is { } pending)
        {
            var records = pending.Take();
            if (records.Count > 0)
            {
                await writer.AppendAsync(transaction, records, cancellationToken);
            }
        }

        return result;
    }

    InterceptionResult IDbTransactionInterceptor.TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (PendingOf(eventData.Context) is { Any: true })
        {
            throw new NotSupportedException(
                "Giao dịch có thay đổi phải được xác nhận bằng CommitAsync để ghi nhật ký. / A transaction with changes must be committed with CommitAsync to be audited.");
        }

        return result;
    }

    // A transaction that begins cannot owe anything to one that ended without a commit through EF (disposed, say).
    DbTransaction IDbTransactionInterceptor.TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        PendingOf(eventData.Context)?.Saved.Clear();
        return result;
    }

    ValueTask<DbTransaction> IDbTransactionInterceptor.TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken)
    {
        PendingOf(eventData.Context)?.Saved.Clear();
        return ValueTask.FromResult(result);
    }

    void IDbTransactionInterceptor.TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData.Context);

    Task IDbTransactionInterceptor.TransactionFailedAsync(
        DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static void RequireTransaction(DbContext context)
    {
        var database = context.Database;
        if (database.CurrentTransaction is not null)
        {
            return;
        }

        // Neither has a commit for the records to join: the change would be saved without them.
        if (database.AutoTransactionBehavior == AutoTransactionBehavior.Never || System.Transactions.Transaction.Current is not null)
        {
            throw new InvalidOperationException(
                "Thay đổi cần một giao dịch của EF Core để ghi nhật ký cùng lúc. / Audited changes need an EF Core transaction to commit with.");
        }

        // EF Core skips the transaction for a single statement; the records need one to be appended in.
        database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    private Pending? PendingOf(DbContext? context) => context is not null && _pending.TryGetValue(context, out var p) ? p : null;

    private void Forget(DbContext? context)
    {
        if (PendingOf(context) is { } pending)
        {
            pending.Saving.Clear();
            pending.Saved.Clear();
        }
    }

    /// <summary>A context's records: those of the save in progress, and those saved in a transaction not yet committed.</summary>
    private sealed class Pending
    {
        public List<AuditedChange> Saving { get; set; } = [];

        public List<AuditRecord> Saved { get; } = [];

        public bool Any => Saving.Count > 0 || Saved.Count > 0;

        public List<AuditRecord> Take()
        {
            List<AuditRecord> records = [.. Saved, .. Saving.Select(c => c.Complete())];
            Saving = [];
            Saved.Clear();
            return records;
        }
    }
}
