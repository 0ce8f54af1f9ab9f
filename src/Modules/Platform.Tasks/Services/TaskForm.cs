using System.ComponentModel.DataAnnotations;
using Platform.Core.Dates;
using Platform.Core.Forms;
using Platform.Core.Localization;
using Platform.Tasks.Model;

namespace Platform.Tasks.Services;

/// <summary>The assignment form as typed: strings, so a refused form comes back exactly as it was sent.</summary>
internal sealed class TaskForm
{
    [StringLength(TextLimits.Item)]
    public string? Title { get; set; }
    [StringLength(TextLimits.Default)]
    public string? ExpectedOutput { get; set; }
    public string? PortfolioKey { get; set; }
    public string? LeadAgencyKey { get; set; }
    public List<string> CoAgencyKeys { get; set; } = [];
    public string? Due { get; set; }
    public string? Recurrence { get; set; }
    public string? Until { get; set; }

    /// <summary>The form read and checked; errors keyed by field.</summary>
    public Read Parse(IReadOnlySet<string> agencies, IReadOnlySet<string> portfolios, DateOnly today)
    {
        var errors = new Dictionary<string, Message>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            errors[nameof(Title)] = new("Hãy nhập nội dung nhiệm vụ.", "Enter what the task is.");
        }

        if (string.IsNullOrWhiteSpace(LeadAgencyKey) || !agencies.Contains(LeadAgencyKey))
        {
            errors[nameof(LeadAgencyKey)] = new("Hãy chọn cơ quan chủ trì.", "Choose the lead agency.");
        }

        var co = CoAgencyKeys.Where(k => !string.IsNullOrWhiteSpace(k) && k != LeadAgencyKey).Distinct(StringComparer.Ordinal).ToList();
        if (co.Any(k => !agencies.Contains(k)))
        {
            errors[nameof(CoAgencyKeys)] = new("Có cơ quan phối hợp không thuộc danh sách.", "A co-operating agency is not on the list.");
        }

        if (!string.IsNullOrWhiteSpace(PortfolioKey) && !portfolios.Contains(PortfolioKey))
        {
            errors[nameof(PortfolioKey)] = new("Lĩnh vực không thuộc danh sách.", "Unknown portfolio.");
        }

        if (!VietnamTime.TryParse(Due, out var due))
        {
            errors[nameof(Due)] = new("Thời hạn phải có dạng dd/MM/yyyy.", "The deadline must be dd/MM/yyyy.");
        }

        var recurrence = Model.Recurrence.None;
        if (!string.IsNullOrWhiteSpace(Recurrence) && (!Enum.TryParse(Recurrence, out recurrence) || !Enum.IsDefined(recurrence)))
        {
            errors[nameof(Recurrence)] = new("Hãy chọn chu kỳ.", "Choose how often.");
        }

        DateOnly? until = null;
        if (recurrence != Model.Recurrence.None)
        {
            if (!VietnamTime.TryParse(Until, out var last))
            {
                errors[nameof(Until)] = new("Nhiệm vụ định kỳ cần ngày kết thúc dạng dd/MM/yyyy.", "A recurring task needs an end date, dd/MM/yyyy.");
            }
            else if (!errors.ContainsKey(nameof(Due)) && (last < due || last > due.AddYears(5)))
            {
                errors[nameof(Until)] = new("Ngày kết thúc phải sau thời hạn đầu tiên và trong vòng 5 năm.", "The end date must follow the first deadline, within 5 years.");
            }
            else
            {
                until = last;
            }
        }

        return new Read(errors, Title?.Trim() ?? "", Blank(ExpectedOutput), Blank(PortfolioKey), LeadAgencyKey ?? "", co, due, recurrence, until);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The checked values.</summary>
    internal sealed record Read(
        IReadOnlyDictionary<string, Message> Errors, string Title, string? ExpectedOutput, string? PortfolioKey, string LeadAgencyKey,
        List<string> CoAgencyKeys, DateOnly Due, Recurrence Recurrence, DateOnly? Until)
    {
        /// <summary>The deadlines of the series: the first, then one every period until the end date (at most 60).</summary>
        public IReadOnlyList<DateOnly> Deadlines()
        {
            if (Recurrence == Model.Recurrence.None || Until is null)
            {
                return [Due];
            }

            var days = new List<DateOnly>();
            for (var i = 0; days.Count < 60; i++)
            {
                var day = Due.AddMonths(i * (int)Recurrence);
                if (day > Until)
                {
                    break;
                }

                days.Add(day);
            }

            return days;
        }
    }
}
