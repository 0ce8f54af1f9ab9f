namespace Platform.Identity;

/// <summary>Creating the first system administrator of an install, for the host's command line.</summary>
public interface IAccountCreation
{
    /// <summary>Creates an account holding the national system-administrator role; the errors say why not.</summary>
    Task<(bool Succeeded, IReadOnlyList<string> Errors)> CreateAdministratorAsync(string userName, string displayName, string password);
}
