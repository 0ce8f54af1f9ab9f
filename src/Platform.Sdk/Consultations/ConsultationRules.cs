using Platform.Sdk.Meetings;

namespace Platform.Sdk.Consultations;

/// <summary>What silence means when a member has not answered a consultation by its deadline.</summary>
public enum SilenceMeans
{
    /// <summary>No answer is no opinion (the host's default: a pack that states nothing gets this).</summary>
    NoOpinion = 0,

    /// <summary>No answer by the deadline counts as agreement ("quá thời hạn không có ý kiến được coi là đồng ý").</summary>
    Agreement = 1,
}

/// <summary>Who drafts and sends out a consultation.</summary>
public enum ConsultationLauncher
{
    /// <summary>The standing agency (Cơ quan thường trực), the host's default.</summary>
    StandingAgency = 0,

    /// <summary>The head's office only: the head (or a deputy) launches it directly.</summary>
    Leaders = 1,
}

/// <summary>
/// What the regulation says about consultations between meetings (Sdk 1.4): written opinions (cho ý kiến bằng văn
/// bản) and, for urgent matters, opinions through digital platforms. Every statement carries its article; what the
/// pack does not state falls back to the defaults named below, which cite no article.
/// </summary>
/// <param name="Stated">False when the pack said nothing (built before Sdk 1.4, or its regulation is silent).</param>
/// <param name="WrittenOpinions">The article that lists written opinions among the working forms (e.g. Đắk Lắk, Art. 3).</param>
/// <param name="Urgent">The article that lets urgent matters be put to members through digital platforms (e.g. Sơn La, Art. 3); null: no urgent consultations.</param>
/// <param name="MembersAnswer">The articles that make members answer for giving opinions (e.g. Sơn La, Art. 9.1b, 9.1đ, 9.2a–d).</param>
/// <param name="Launcher">Who launches; <see cref="ConsultationLauncher.StandingAgency"/> by default.</param>
/// <param name="LaunchArticle">The article behind <paramref name="Launcher"/>, when stated.</param>
/// <param name="Approver">Who approves the launch: <see cref="Decider.Head"/> (default) or <see cref="Decider.StandingDeputy"/>.</param>
/// <param name="ApprovalArticle">The article behind <paramref name="Approver"/>, when stated.</param>
/// <param name="Silence">What no answer by the deadline means; <see cref="SilenceMeans.NoOpinion"/> by default.</param>
/// <param name="SilenceArticle">The article behind <paramref name="Silence"/>, when stated.</param>
public sealed record ConsultationRules(
    bool Stated,
    ArticleRef? WrittenOpinions,
    ArticleRef? Urgent,
    IReadOnlyList<ArticleRef> MembersAnswer,
    ConsultationLauncher Launcher,
    ArticleRef? LaunchArticle,
    Decider Approver,
    ArticleRef? ApprovalArticle,
    SilenceMeans Silence,
    ArticleRef? SilenceArticle)
{
    /// <summary>What the host assumes when a pack states nothing: the standing agency launches, the head approves, silence is no opinion.</summary>
    public static ConsultationRules Unstated { get; } =
        new(false, null, null, [], ConsultationLauncher.StandingAgency, null, Decider.Head, null, SilenceMeans.NoOpinion, null);
}
