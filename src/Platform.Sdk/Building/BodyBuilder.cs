using Platform.Sdk.Structure;

namespace Platform.Sdk.Building;

/// <summary>States one body: who leads it, whose seal it uses, who sits on it and its duties.</summary>
public sealed class BodyBuilder
{
    private readonly string _key;
    private readonly BodyKind _kind;
    private readonly string _name;
    private readonly ArticleRef _article;
    private readonly int _order;
    private readonly List<string> _members = [];
    private readonly List<DutyDefinition> _duties = [];
    private string? _lead;
    private bool _general;
    private string? _portfolio;
    private SealRule? _seal;
    private BodyLeader? _leader;

    internal BodyBuilder(string key, BodyKind kind, string name, ArticleRef article, int order)
    {
        (_key, _kind, _name, _article, _order) = (key, kind, name, article, order);
    }

    /// <summary>The agency that leads the body (or, for a standing agency, is it).</summary>
    public BodyBuilder LedBy(string agencyKey)
    {
        _lead = agencyKey;
        return this;
    }

    /// <summary>Marks a standing agency as the general one (cơ quan thường trực chung).</summary>
    public BodyBuilder General()
    {
        _general = true;
        return this;
    }

    /// <summary>The portfolio the body serves.</summary>
    public BodyBuilder Serves(string portfolioKey)
    {
        _portfolio = portfolioKey;
        return this;
    }

    /// <summary>The body uses this agency's seal, as the article says.</summary>
    public BodyBuilder UsesSealOf(string agencyKey, string article)
    {
        _seal = new SealRule(agencyKey, ArticleRef.Parse(article));
        return this;
    }

    /// <summary>Seats that sit on this body, e.g. the head and standing deputy on the standing leadership.</summary>
    public BodyBuilder WithMembers(params string[] seatKeys)
    {
        _members.AddRange(seatKeys);
        return this;
    }

    /// <summary>
    /// The seat whose holder leads a working group (tổ trưởng, Sdk 1.2), as the article says; the seat must exist and
    /// leads (list it in <see cref="WithMembers"/> too when it sits on the group).
    /// </summary>
    public BodyBuilder LedBySeat(string seatKey, string article)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seatKey);
        _leader = new BodyLeader(seatKey, ArticleRef.Parse(article));
        return this;
    }

    /// <summary>A duty of the body, with the article that states it.</summary>
    public BodyBuilder Duty(string article, string text)
    {
        _duties.Add(new DutyDefinition(text, ArticleRef.Parse(article)));
        return this;
    }

    internal BodyDefinition Build() =>
        new(_key, _kind, _name, _article, _lead, _general, _portfolio, _seal, _members.ToArray(), _duties.ToArray(), _order) { Leader = _leader };
}
