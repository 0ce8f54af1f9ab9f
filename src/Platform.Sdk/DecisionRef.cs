using System.Globalization;

namespace Platform.Sdk;

/// <summary>
/// A legal document that made something so: a decision (Quyết định) with its number and symbol, date and signer.
/// A draft has no number or date yet.
/// </summary>
/// <param name="Number">The number and symbol, e.g. <c>03/QĐ-BCĐ</c>; null while the document is a draft.</param>
/// <param name="Date">The signing date; null while the document is a draft.</param>
/// <param name="Title">What the document is about (trích yếu).</param>
/// <param name="Signer">Who signed it, with office where known.</param>
public sealed record DecisionRef(string? Number, DateOnly? Date, string Title, string? Signer = null)
{
    /// <summary>True when the document has not been numbered and signed yet.</summary>
    public bool IsDraft => Number is null || Date is null;

    /// <inheritdoc />
    public override string ToString() =>
        IsDraft
            ? $"{Title} (dự thảo)"
            : string.Create(CultureInfo.InvariantCulture, $"{Number} ngày {Date.GetValueOrDefault():dd/MM/yyyy}");
}
