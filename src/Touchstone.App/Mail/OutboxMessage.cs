using Touchstone.App.Common;

namespace Touchstone.App.Mail;

/// <summary>An e-mail waiting in (or sent from) the outbox. Written in the same transaction as the change that causes it.</summary>
public sealed class OutboxMessage : Entity
{
    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>A sender claims a message until this moment, so two web nodes never send it twice.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
}
