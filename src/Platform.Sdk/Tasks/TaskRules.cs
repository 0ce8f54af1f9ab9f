namespace Platform.Sdk.Tasks;

/// <summary>Where the regulation puts the follow-up of conclusions and plans; each article is shown where users meet the rule.</summary>
/// <param name="Stated">False when the pack said nothing about tasks (built before Sdk 1.1).</param>
/// <param name="Plan">The head approves and issues the annual work programme or plan (e.g. Đắk Lắk, Art. 4.2; Sơn La, Art. 5.2).</param>
/// <param name="Accountability">Members answer to the head for the tasks of their sector (e.g. Đắk Lắk, Art. 6.5; Sơn La, Art. 9.1a).</param>
/// <param name="Monitoring">The standing agency monitors, urges and reports on the tasks (e.g. Đắk Lắk, Art. 8.2; Sơn La, Art. 11.2).</param>
public sealed record TaskRules(bool Stated, ArticleRef? Plan, ArticleRef? Accountability, ArticleRef? Monitoring)
{
    /// <summary>What the host assumes when a pack states nothing: the same flow, with no article to cite.</summary>
    public static TaskRules Unstated { get; } = new(false, null, null, null);
}
