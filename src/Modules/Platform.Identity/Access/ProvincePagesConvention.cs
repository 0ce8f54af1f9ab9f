using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Platform.Core.Security;
using Platform.Core.Tenancy;

namespace Platform.Identity.Access;

/// <summary>
/// Every page under a province (<c>/{province}/…</c>, or a pack's literal <c>/son-la/…</c>) requires a role in that
/// province; every other page requires a signed-in user unless it says it is anonymous (the fallback policy).
/// Nothing is public by accident, and a new page is covered without anyone remembering to.
/// </summary>
internal sealed class ProvincePagesConvention(IProvinceCatalog catalog) : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        foreach (var selector in model.Selectors)
        {
            var first = selector.AttributeRouteModel?.Template?.TrimStart('/').Split('/')[0] ?? "";
            if (first.StartsWith("{province", StringComparison.Ordinal) || catalog.Find(first) is not null)
            {
                selector.EndpointMetadata.Add(new AuthorizeAttribute(Policies.ProvinceReader));
            }
        }
    }
}
