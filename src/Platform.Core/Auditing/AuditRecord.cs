namespace Platform.Core.Auditing;

/// <summary>
/// One event for the audit trail: what happened to which entity, in which province, with the values before and after.
/// The trail adds who acted, from where, for which province and when.
/// </summary>
/// <param name="Province">The province whose data changed, or null for a national event (e.g. a failed sign-in).</param>
/// <param name="Action">"Added", "Modified", "Deleted" for saved changes; a dotted name such as "identity.sign-in.refused" otherwise.</param>
/// <param name="Entity">The kind of thing acted on, e.g. "committees.Appointment".</param>
/// <param name="EntityId">Its key, when it has one.</param>
/// <param name="Before">Its values before, as a JSON object of property name → value; null when it did not exist.</param>
/// <param name="After">Its values after, as a JSON object; null when it no longer exists.</param>
public sealed record AuditRecord(string? Province, string Action, string Entity, string? EntityId, string? Before, string? After);
