using System.Globalization;
using System.Resources;

namespace Touchstone.Web.Infrastructure.Localization;

/// <summary>
/// An audit action ("Created", "InspectionRefused") as people read it. The audit trail stores the stable action code
/// (exports and the chain keep it); the admin page shows the "Audit.Action.Code" text of SharedResource, and for a
/// code without one the code in words.
/// </summary>
public static class AuditText
{
    private static readonly ResourceManager Resources = new("Touchstone.Web.Resources.SharedResource", typeof(AuditText).Assembly);

    public static string Action(string action) => Action(action, CultureInfo.CurrentUICulture);

    public static string Action(string action, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Resources.GetString("Audit.Action." + action, culture) ?? EnumText.Words(action);
    }
}
