using Platform.Sdk.Structure;

namespace Platform.Sdk.Building;

/// <summary>States one ex-officio seat: its agency, portfolios, seal, duties and, if the regulation dates it, its life.</summary>
public sealed class SeatBuilder
{
    private readonly string _key;
    private readonly SeatRole _role;
    private readonly string _office;
    private readonly ArticleRef _article;
    private readonly int _order;
    private readonly List<string> _portfolios = [];
    private readonly List<DutyDefinition> _duties = [];
    private string? _agency;
    private SealRule? _seal;
    private DateOnly? _from;
    private DateOnly? _until;

    internal SeatBuilder(string key, SeatRole role, string office, ArticleRef article, int order)
    {
        (_key, _role, _office, _article, _order) = (key, role, office, article, order);
    }

    /// <summary>The agency of the office that holds the seat.</summary>
    public SeatBuilder Of(string agencyKey)
    {
        _agency = agencyKey;
        return this;
    }

    /// <summary>Portfolios the holder answers for.</summary>
    public SeatBuilder Responsible(params string[] portfolioKeys)
    {
        _portfolios.AddRange(portfolioKeys);
        return this;
    }

    /// <summary>The holder signs with this agency's seal, as the article says.</summary>
    public SeatBuilder UsesSealOf(string agencyKey, string article)
    {
        _seal = new SealRule(agencyKey, ArticleRef.Parse(article));
        return this;
    }

    /// <summary>A duty of the holder, with the article that states it.</summary>
    public SeatBuilder Duty(string article, string text)
    {
        _duties.Add(new DutyDefinition(text, ArticleRef.Parse(article)));
        return this;
    }

    /// <summary>The seat exists only from this day, e.g. commune chairs from 01/07/2025.</summary>
    public SeatBuilder From(DateOnly day)
    {
        _from = day;
        return this;
    }

    /// <summary>The seat exists only until this day inclusive, e.g. district chairs until 30/06/2025.</summary>
    public SeatBuilder Until(DateOnly day)
    {
        _until = day;
        return this;
    }

    internal SeatDefinition Build() =>
        new(_key, _role, _office, _article, _agency, _portfolios.ToArray(), _seal, _duties.ToArray(), _from, _until, _order);
}
