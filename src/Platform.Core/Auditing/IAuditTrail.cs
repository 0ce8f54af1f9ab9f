namespace Platform.Core.Auditing;

/// <summary>Records events that are not a database change: a refused sign-in, a refused authorisation.</summary>
public interface IAuditTrail
{
    /// <summary>Appends the record in a transaction of its own, committed before this returns.</summary>
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken);
}
