import nodemailer from 'nodemailer';

/** What the dispatcher needs from a mail service; SMTP in production and in tests. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string; language: string }): Promise<{ providerId: string }>;
  close(): void;
}

/**
 * SMTP through nodemailer. The URL carries the credentials (smtp://user:pass@host:587), so
 * it is never logged; errors are reported without it.
 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      const info = await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        headers: { 'Content-Language': message.language },
      });
      return { providerId: info.messageId };
    },
    close: () => transport.close(),
  };
}
