using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Core.Tenancy;

namespace Platform.Core.Notifications;

/// <summary>
/// Holds the notifications a module adds for a DbContext and hands them to the <see cref="IOutboxWriter"/> when the
/// context's transaction is about to commit — the transaction EF Core opens for SaveChanges, or the caller's own — so
/// they commit with the change or not at all. A failed save or a rollback forgets them.
/// </summary>
/// <remarks>
/// The same pattern as the audit trail's interceptor: the module that owns the outbox table writes it with plain
/// commands on the committing connection, so no other module maps or names its table.
/// </remarks>
public sealed class OutboxInterceptor(IServiceProvider services, CurrentProvince province) : SaveChangesInterceptor, IDbTransactionInterceptor, INotificationOutbox
{
    private readonly ConditionalWeakTable<DbContext, List<Notification>> _pending = new();

    public void Add(DbContext context, Notification notification)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(notification);
        if (province.Code is null)
        {
            throw new InvalidOperationException("Thông báo cần một tỉnh. / A notification needs a province.");
        }

        _pending.GetOrCreateValue(context).Add(notification);
    }

    public void Discard(DbContext context) => Pending(context)?.Clear();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (Pending(eventData.Context) is { Count: > 0 })
        {
            throw new NotSupportedException(
                "Thay đổi có thông báo phải được lưu bằng SaveChangesAsync. / Changes with notifications must be saved with SaveChangesAsync.");
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Pending(context) is { Count: > 0 } && context.Database.CurrentTransaction is null)
        {
            // EF Core skips the transaction for a single statement; the outbox needs one to be written in.
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }

        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        // A save that failed inside EF Core's own transaction rolled it back; a caller's transaction is theirs to end.
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            Pending(context)?.Clear();
        }

        return Task.CompletedTask;
    }

    async ValueTask<InterceptionResult> IDbTransactionInterceptor.TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken)
    {
        if (Pending(eventData.Context) is { Count: > 0 } pending)
        {
            List<Notification> taken = [.. pending];
            pending.Clear();
            // Resolved now, not when the interceptor is made: the writer reads the recipients through another module's
            // DbContext, whose own interceptors include this one.
            var writer = (IOutboxWriter)(services.GetService(typeof(IOutboxWriter))
                ?? throw new InvalidOperationException("Chưa đăng ký nơi ghi hộp thư đi. / No outbox writer is registered."));
            await writer.WriteAsync(transaction, province.Code!, taken, cancellationToken);
        }

        return result;
    }

    InterceptionResult IDbTransactionInterceptor.TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (Pending(eventData.Context) is { Count: > 0 })
        {
            throw new NotSupportedException(
                "Giao dịch có thông báo phải được xác nhận bằng CommitAsync. / A transaction with notifications must be committed with CommitAsync.");
        }

        return result;
    }

    void IDbTransactionInterceptor.TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Pending(eventData.Context)?.Clear();

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Pending(eventData.Context)?.Clear();
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Pending(eventData.Context)?.Clear();

    Task IDbTransactionInterceptor.TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken)
    {
        Pending(eventData.Context)?.Clear();
        return Task.CompletedTask;
    }

    private List<Notification>? Pending(DbContext? context) => context is not null && _pending.TryGetValue(context, out var p) ? p : null;
}
