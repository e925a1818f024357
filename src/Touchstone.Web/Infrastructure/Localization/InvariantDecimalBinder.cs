using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Touchstone.Web.Infrastructure.Localization;

/// <summary>
/// Puts <see cref="InvariantDecimalBinder"/> in front of MVC's own binders for every decimal (hours, ECTS, fees), so no
/// form reads "1.5" as 15 under the Dutch request culture.
/// </summary>
public sealed class InvariantDecimalBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType) == typeof(decimal) ? new InvariantDecimalBinder() : null;
    }
}

/// <summary>
/// Binds an amount posted by an input of type number. Browsers send it with a decimal point in every language, and the
/// Dutch request culture would read "27.50" as 2750; a decimal comma typed by hand is accepted as well. There are no
/// thousands separators: "1.500" is one and a half.
/// </summary>
public sealed class InvariantDecimalBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (!bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                    bindingContext.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(value.FirstValue ?? string.Empty));
            }

            return Task.CompletedTask;
        }

        if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            bindingContext.Result = ModelBindingResult.Success(amount);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.GetDisplayName()));
        }

        return Task.CompletedTask;
    }
}
