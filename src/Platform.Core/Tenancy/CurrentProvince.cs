using Platform.Sdk.Structure;

namespace Platform.Core.Tenancy;

/// <summary>
/// The province a request (or a background unit of work) acts for. Set once per scope by the tenancy middleware
/// from the URL, or by start-up code for each province in turn; every module filters its queries by it.
/// </summary>
public sealed class CurrentProvince
{
    private ProvinceDefinition? _definition;

    /// <summary>The province, or null outside a province's pages.</summary>
    public ProvinceDefinition? Definition => _definition;

    /// <summary>The province key stored on every province-owned row, or null when none is set.</summary>
    public string? Code => _definition?.Code.Value;

    /// <summary>The province, refusing to go on without one.</summary>
    public ProvinceDefinition Required =>
        _definition ?? throw new InvalidOperationException("Chưa xác định tỉnh cho yêu cầu này. / No province is set for this request.");

    /// <summary>Sets the province; a scope acts for one province only.</summary>
    public void Set(ProvinceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_definition is not null && _definition.Code != definition.Code)
        {
            throw new InvalidOperationException(
                $"Phạm vi này đã gắn với tỉnh '{_definition.Code}'. / This scope already acts for '{_definition.Code}'.");
        }

        _definition = definition;
    }
}
