using Platform.Core.Commands;
using Platform.Core.Localization;
using Platform.Core.Modules;

namespace Platform.Identity.Administration;

/// <summary>
/// Bulk creation of a province's officials from a file: every row is checked (against the province and the database
/// as for one account, and against the other rows: a user name or a seat twice), the preview shows each row's
/// outcome, and confirming creates every account, grant and activation link in one save — or nothing when any row is refused.
/// </summary>
internal sealed class OfficialsImport(ProvinceAccounts accounts) : IModuleService
{
    public async Task<ImportCheck> CheckAsync(string province, IReadOnlyList<ImportLine> lines, CancellationToken ct)
    {
        var rows = lines.Select(l => l with { Row = l.Row.Cleaned() }).ToList();
        var facts = await accounts.FactsAsync(province, [.. rows.Where(r => r.Row.UserName is not null).Select(r => r.Row.UserName!)], ct);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seats = new HashSet<string>(StringComparer.Ordinal);
        var checkedRows = new List<CheckedLine>();
        foreach (var line in rows)
        {
            var errors = accounts.Check(line.Row, facts);
            if (line.Row.UserName is { } name && !names.Add(name))
            {
                errors.TryAdd(nameof(OfficialRow.UserName), AdministrationMessages.UserNameTwice);
            }

            if (line.Row.Seat is { } seat && !seats.Add(seat))
            {
                errors.TryAdd(nameof(OfficialRow.Seat), AdministrationMessages.SeatTwice);
            }

            checkedRows.Add(new CheckedLine(line.Line, line.Row, facts.Seat(line.Row.Seat)?.Office, facts.Agency(line.Row.Agency)?.Name,
                [.. errors.Select(e => AtRow(line.Line, e.Key, e.Value))]));
        }

        return new ImportCheck(checkedRows, facts);
    }

    /// <summary>Checks the rows again (the database may have changed since the preview) and creates them all, or none.</summary>
    public async Task<(Outcome Outcome, ImportCheck Check, IReadOnlyList<IssuedLink> Links)> ImportAsync(
        string province, IReadOnlyList<ImportLine> lines, CancellationToken ct)
    {
        var check = await CheckAsync(province, lines, ct);
        if (check.Lines.Count == 0)
        {
            return (Outcome.Broken(AdministrationMessages.FileEmpty), check, []);
        }

        if (!check.Accepted)
        {
            return (Outcome.Broken(AdministrationMessages.FileRefused), check, []);
        }

        var (outcome, links) = await accounts.CreateAllAsync(province, [.. check.Lines.Select(l => l.Row)], check.Facts, ct);
        return (outcome, check, links);
    }

    private static Message AtRow(int line, string field, Message why)
    {
        var (vi, en) = OfficialsFile.ColumnOf(field);
        return AdministrationMessages.AtRow(line, vi, en, why);
    }
}

/// <summary>A row of the file and its line number.</summary>
public sealed record ImportLine(int Line, OfficialRow Row);

/// <summary>A checked row: what it links to and why it is refused, if it is.</summary>
internal sealed record CheckedLine(int Line, OfficialRow Row, string? SeatOffice, string? AgencyName, IReadOnlyList<Message> Errors);

internal sealed record ImportCheck(IReadOnlyList<CheckedLine> Lines, ProvinceFacts Facts)
{
    public bool Accepted => Lines.Count > 0 && Lines.All(l => l.Errors.Count == 0);
}
