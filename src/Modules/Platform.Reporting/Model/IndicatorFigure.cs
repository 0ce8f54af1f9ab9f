using Platform.Core.Persistence;

namespace Platform.Reporting.Model;

/// <summary>
/// The figure one version of a report gives for an indicator the pack puts in the submitter's care and has reported at
/// the report's stage (Sdk 1.6, e.g. Sơn La, Art. 8.1: e-identity accounts activated, in the Police's thematic report).
/// A new version carries its own figures; the submitted version's figures never change.
/// </summary>
internal sealed class IndicatorFigure : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid SubmissionId { get; set; }
    public required string IndicatorKey { get; set; }
    public decimal Value { get; set; }
}
