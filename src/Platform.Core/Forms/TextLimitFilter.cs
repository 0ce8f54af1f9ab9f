using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Platform.Core.Localization;

namespace Platform.Core.Forms;

/// <summary>
/// Holds every string a page bound — handler arguments and bound properties, inside form objects and lists too — to its
/// <see cref="StringLengthAttribute"/> or <see cref="TextLimits.Default"/> before the handler runs, and refuses the
/// request with 400 and the reason otherwise. A browser cannot send more than a field's <c>maxlength</c>, so what is
/// refused here was sent by hand; nothing longer reaches a command, the database, the audit trail or the log.
/// </summary>
public sealed class TextLimitFilter : IAsyncPageFilter
{
    private const int Depth = 4;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var refusal = FirstTooLong(context);
        if (refusal is not null)
        {
            RequestRefusal.Set(context.HttpContext, refusal);
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            return;
        }

        await next();
    }

    private static Message? FirstTooLong(PageHandlerExecutingContext context)
    {
        foreach (var parameter in context.HandlerMethod?.Parameters ?? [])
        {
            if (context.HandlerArguments.TryGetValue(parameter.Name, out var value) &&
                Check(parameter.Name, value, Limit(parameter.ParameterInfo), Depth) is { } tooLong)
            {
                return tooLong;
            }
        }

        foreach (var bound in context.ActionDescriptor.BoundProperties)
        {
            if (bound is Microsoft.AspNetCore.Mvc.Infrastructure.IPropertyInfoParameterDescriptor { PropertyInfo: var property } &&
                property.DeclaringType?.IsInstanceOfType(context.HandlerInstance) == true &&
                Check(bound.Name, property.GetValue(context.HandlerInstance), Limit(property), Depth) is { } tooLong)
            {
                return tooLong;
            }
        }

        return null;
    }

    private static Message? Check(string name, object? value, int limit, int depth)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return text.Length <= limit ? null : new Message(
                    $"Nội dung trường {name} dài quá giới hạn: tối đa {limit} ký tự.",
                    $"The field {name} is too long: at most {limit} characters.");
            case IEnumerable items when depth > 0:
                var i = 0;
                foreach (var item in items)
                {
                    if (Check($"{name}[{i++}]", item, limit, depth - 1) is { } tooLong)
                    {
                        return tooLong;
                    }
                }

                return null;
            default:
                var type = value.GetType();
                if (depth == 0 || type.IsPrimitive || type.Namespace?.StartsWith("Platform.", StringComparison.Ordinal) != true)
                {
                    return null;
                }

                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.CanWrite && property.GetIndexParameters().Length == 0 &&
                        Check($"{name}.{property.Name}", property.GetValue(value), Limit(property), depth - 1) is { } tooLong)
                    {
                        return tooLong;
                    }
                }

                return null;
        }
    }

    private static int Limit(ICustomAttributeProvider member) =>
        member.GetCustomAttributes(typeof(StringLengthAttribute), inherit: true) is [StringLengthAttribute length, ..] ? length.MaximumLength : TextLimits.Default;
}
