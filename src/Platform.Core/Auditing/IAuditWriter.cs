using System.Data.Common;

namespace Platform.Core.Auditing;

/// <summary>Appends records inside a transaction that is about to commit, so they commit with it or not at all.</summary>
public interface IAuditWriter
{
    /// <summary>Appends the records on the transaction's connection; the caller commits.</summary>
    Task AppendAsync(DbTransaction transaction, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken);
}
