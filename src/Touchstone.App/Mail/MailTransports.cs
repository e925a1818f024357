using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace Touchstone.App.Mail;

public interface IMailTransport
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>Writes messages as .eml files (demo set-up); the administrator page lists the outbox.</summary>
public sealed class FolderMailTransport(IOptions<MailOptions> options, IContentRoot root) : IMailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.IsPathRooted(options.Value.Folder) ? options.Value.Folder : Path.Combine(root.Path, options.Value.Folder);
        Directory.CreateDirectory(folder);
        var eml = new StringBuilder()
            .Append("From: ").AppendLine(options.Value.From)
            .Append("To: ").AppendLine(message.To)
            .Append("Subject: ").AppendLine(message.Subject)
            .AppendLine("Content-Type: text/plain; charset=utf-8")
            .AppendLine()
            .AppendLine(message.Body)
            .ToString();
        await File.WriteAllTextAsync(Path.Combine(folder, $"{message.CreatedAt:yyyyMMddHHmmss}-{message.Id:N}.eml"), eml, cancellationToken);
    }
}

public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var client = new SmtpClient(o.SmtpHost, o.SmtpPort) { EnableSsl = true };
        if (o.SmtpUser is not null)
        {
            client.Credentials = new NetworkCredential(o.SmtpUser, o.SmtpPassword);
        }

        using var mail = new MailMessage(o.From, message.To, message.Subject, message.Body) { BodyEncoding = Encoding.UTF8 };
        await client.SendMailAsync(mail, cancellationToken);
    }
}

/// <summary>The folder relative paths are resolved against (the working directory the app was started in).</summary>
public interface IContentRoot
{
    string Path { get; }
}
