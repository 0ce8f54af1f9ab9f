namespace Platform.Core.Modules;

/// <summary>
/// Marks a class a module registers by convention: Scrutor scans each module assembly for these and adds them as
/// themselves and their interfaces, scoped. No hand-written registration lists.
/// </summary>
public interface IModuleService;
