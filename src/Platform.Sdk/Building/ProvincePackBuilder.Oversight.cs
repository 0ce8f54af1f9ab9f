using Platform.Sdk.Building;
using Platform.Sdk.Oversight;

namespace Platform.Sdk;

// Sdk 1.5: inspection and supervision, proposals and obstacles, commendation.
public sealed partial class ProvincePackBuilder
{
    private OversightRulesBuilder? _oversight;

    /// <summary>
    /// What the regulation says about inspection and supervision, proposals and obstacles, and commendation (since
    /// Sdk 1.5). Without it the host's defaults apply (<see cref="OversightRules.Unstated"/>) and no article is cited.
    /// </summary>
    public OversightRulesBuilder Oversight() => _oversight ??= new OversightRulesBuilder();

    private OversightRules BuildOversight() => _oversight?.Build() ?? OversightRules.Unstated;

    private IReadOnlyList<string> OversightProblems => _oversight?.Problems ?? [];
}
