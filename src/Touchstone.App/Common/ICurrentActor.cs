namespace Touchstone.App.Common;

/// <summary>Who is acting: the signed-in user, the command line or the system itself.</summary>
public interface ICurrentActor
{
    string Id { get; }

    string Name { get; }
}

/// <summary>A fixed actor, for the command line, background jobs and tests.</summary>
public sealed class FixedActor(string id, string name) : ICurrentActor
{
    public static FixedActor System { get; } = new("system", "Touchstone");

    public string Id { get; } = id;

    public string Name { get; } = name;
}
