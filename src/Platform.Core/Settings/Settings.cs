using System.Collections;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Platform.Core.Settings;

/// <summary>What is wrong with one setting: its full key, in Vietnamese and in English.</summary>
public sealed record SettingProblem(string Key, string Vietnamese, string English)
{
    /// <summary>Vietnamese first, English second, both naming the setting.</summary>
    public override string ToString() => $"Cài đặt '{Key}': {Vietnamese} / Setting '{Key}': {English}";
}

/// <summary>Settings that check more than their attributes say (dates under the right year, values that contradict).</summary>
public interface ICheckedSettings
{
    /// <summary>The problems of these settings, read from configuration section <paramref name="section"/>.</summary>
    IEnumerable<SettingProblem> Check(string section);
}

/// <summary>
/// Settings bound to an options class and checked when the host starts: a value that cannot be read, is out of range
/// or contradicts another stops the start with a message naming the setting, rather than a default silently used.
/// </summary>
public static class SettingsRegistration
{
    /// <summary>
    /// Binds <typeparamref name="T"/> to configuration section <paramref name="section"/>, checked at start
    /// (<c>ValidateOnStart</c>): values that cannot be read, <see cref="RangeAttribute"/> and
    /// <see cref="RequiredAttribute"/>, and <see cref="ICheckedSettings.Check"/>.
    /// </summary>
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var values = configuration.GetSection(section);
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<T>) && d.ImplementationInstance is SettingsValidator<T>))
        {
            // Registered already (a module and the host may both ask for the same section).
            return services.AddOptions<T>();
        }

        // Before the binder, whose own error for an unreadable value is English only and names no setting.
        services.AddSingleton<IConfigureOptions<T>>(new ConfigureNamedOptions<T>(Options.DefaultName, _ => ThrowIfAny(typeof(T), SettingsCheck.Unreadable(typeof(T), values))));
        services.AddSingleton<IValidateOptions<T>>(new SettingsValidator<T>(section));
        return services.AddOptions<T>().Bind(values).ValidateOnStart();
    }

    /// <summary>As <see cref="AddSettings{T}(IServiceCollection, IConfiguration, string)"/>, from the container's configuration.</summary>
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section)
        where T : class
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<T>) && d.ImplementationInstance is SettingsValidator<T>))
        {
            return services.AddOptions<T>();
        }

        services.AddSingleton<IValidateOptions<T>>(new SettingsValidator<T>(section));
        return services.AddOptions<T>()
            .Configure<IConfiguration>((_, configuration) => ThrowIfAny(typeof(T), SettingsCheck.Unreadable(typeof(T), configuration.GetSection(section))))
            .BindConfiguration(section)
            .ValidateOnStart();
    }

    /// <summary>
    /// Reads and checks <typeparamref name="T"/> now, for the few settings needed before the container exists (cookie
    /// names, the plugins folder, request limits, the key ring).
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is wrong; the message names each one.</exception>
    public static T ReadSettings<T>(this IConfiguration configuration, string section)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var values = configuration.GetSection(section);
        ThrowIfAny(typeof(T), SettingsCheck.Unreadable(typeof(T), values));
        var settings = values.Get<T>() ?? new T();
        ThrowIfAny(typeof(T), SettingsCheck.Invalid(settings, section));
        return settings;
    }

    private static void ThrowIfAny(Type type, IReadOnlyList<SettingProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, type, problems.Select(p => p.ToString()));
        }
    }

    private sealed class SettingsValidator<T>(string section) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var problems = SettingsCheck.Invalid(options, section);
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems.Select(p => p.ToString()));
        }
    }
}

/// <summary>The checks themselves: readable values, attributes, and the settings' own rules.</summary>
public static class SettingsCheck
{
    /// <summary>The values under <paramref name="values"/> that cannot be read as the type of their property.</summary>
    public static IReadOnlyList<SettingProblem> Unreadable(Type type, IConfigurationSection values)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<SettingProblem>();
        CheckObject(type, values, problems, depth: 0);
        return problems;
    }

    /// <summary>The attribute rules and <see cref="ICheckedSettings"/> rules that <paramref name="settings"/> break.</summary>
    public static IReadOnlyList<SettingProblem> Invalid(object settings, string section)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = new List<SettingProblem>();
        foreach (var property in Properties(settings.GetType()))
        {
            var key = $"{section}:{property.Name}";
            var value = property.GetValue(settings);
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (!attribute.IsValid(value))
                {
                    problems.Add(Describe(attribute, key, value));
                }
            }

            if (value is ICheckedSettings nested)
            {
                problems.AddRange(nested.Check(key));
            }
        }

        if (settings is ICheckedSettings checkedSettings)
        {
            problems.AddRange(checkedSettings.Check(section));
        }

        return problems;
    }

    private static SettingProblem Describe(ValidationAttribute attribute, string key, object? value) => attribute switch
    {
        RangeAttribute range => new SettingProblem(
            key,
            $"phải từ {range.Minimum} đến {range.Maximum}; giá trị đang đặt là {value}.",
            $"must be from {range.Minimum} to {range.Maximum}; it is {value}."),
        RequiredAttribute => new SettingProblem(key, "không được để trống.", "must not be empty."),
        _ => new SettingProblem(key, attribute.FormatErrorMessage(key), attribute.FormatErrorMessage(key)),
    };

    private static void CheckObject(Type type, IConfigurationSection values, List<SettingProblem> problems, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        foreach (var property in Properties(type))
        {
            CheckValue(property.PropertyType, values.GetSection(property.Name), problems, depth + 1);
        }
    }

    private static void CheckValue(Type type, IConfigurationSection value, List<SettingProblem> problems, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(type))
        {
            if (value.Value is { } text && !CanRead(type, text))
            {
                var (vietnamese, english) = Expected(type);
                problems.Add(new SettingProblem(
                    value.Path,
                    $"không đọc được giá trị '{text}': cần {vietnamese}.",
                    $"the value '{text}' cannot be read: {english} is expected."));
            }

            return;
        }

        if (DictionaryTypes(type) is var (keyType, valueType))
        {
            foreach (var child in value.GetChildren())
            {
                if (!CanRead(keyType, child.Key))
                {
                    var (vietnamese, english) = Expected(keyType);
                    problems.Add(new SettingProblem(
                        child.Path,
                        $"không đọc được khóa '{child.Key}': cần {vietnamese}.",
                        $"the key '{child.Key}' cannot be read: {english} is expected."));
                    continue;
                }

                CheckValue(valueType, child, problems, depth + 1);
            }

            return;
        }

        if (ElementType(type) is { } element)
        {
            foreach (var child in value.GetChildren())
            {
                CheckValue(element, child, problems, depth + 1);
            }

            return;
        }

        if (type.IsClass)
        {
            CheckObject(type, value, problems, depth);
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
        || type == typeof(TimeSpan) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid) || type == typeof(Uri);

    private static bool CanRead(Type type, string text)
    {
        if (type == typeof(string))
        {
            return true;
        }

        if (type == typeof(DateOnly))
        {
            // Only the ISO form: the invariant culture would read 01/02/2025 as the 2nd of January.
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        }

        if (type.IsEnum)
        {
            return Enum.TryParse(type, text, ignoreCase: true, out var parsed) && Enum.IsDefined(type, parsed!);
        }

        try
        {
            return TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text) is not null || text.Length == 0;
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException or OverflowException || e.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }

    private static (string Vietnamese, string English) Expected(Type type)
    {
        if (type == typeof(bool))
        {
            return ("true hoặc false", "true or false");
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
        {
            return ("một số nguyên", "a whole number");
        }

        if (type == typeof(DateOnly))
        {
            return ("một ngày viết yyyy-MM-dd (ví dụ 2026-02-16)", "a date written yyyy-MM-dd (e.g. 2026-02-16)");
        }

        if (type == typeof(TimeSpan))
        {
            return ("một khoảng thời gian viết [d.]hh:mm:ss (ví dụ 00:15:00)", "a duration written [d.]hh:mm:ss (e.g. 00:15:00)");
        }

        if (type.IsEnum)
        {
            var names = string.Join(", ", Enum.GetNames(type));
            return ($"một trong các giá trị {names}", $"one of {names}");
        }

        return ($"một giá trị kiểu {type.Name}", $"a value of type {type.Name}");
    }

    private static (Type Key, Type Value)? DictionaryTypes(Type type)
    {
        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        return dictionary?.GetGenericArguments() is [var key, var value] ? (key, value) : null;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[0]
        : null;

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.CanWrite || !IsScalar(p.PropertyType)));
}
