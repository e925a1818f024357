using Touchstone.App.Data;

namespace Touchstone.App.Mail;

/// <summary>Queues e-mail in the outbox; it is sent after the surrounding save commits.</summary>
public sealed class Mailer(TouchstoneDbContext db, TimeProvider time)
{
    public OutboxMessage Queue(string to, string subject, string body)
    {
        var message = new OutboxMessage { To = to, Subject = subject, Body = body, CreatedAt = time.GetUtcNow() };
        db.Outbox.Add(message);
        return message;
    }
}
