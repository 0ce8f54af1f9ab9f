using Platform.Core.Localization;

namespace Platform.Tasks;

/// <summary>English wording of the tasks pages; Vietnamese is the key and the default.</summary>
internal sealed class TasksTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Nhiệm vụ"] = "Tasks",
    };
}
