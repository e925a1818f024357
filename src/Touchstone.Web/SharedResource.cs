namespace Touchstone.Web;

/// <summary>Marker for the shared interface texts (Resources/SharedResource.resx = Dutch, .en.resx = English).</summary>
public sealed class SharedResource;
