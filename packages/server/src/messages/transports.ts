/**
 * How messages leave: GOV.UK Notify (the `notifications-node-client`) when an API key and
 * template ids are configured, otherwise a log transport that keeps what it would have sent
 * (tests read it) and logs only the kind and channel.
 */
import { NotifyClient } from 'notifications-node-client';
import { messageText } from './message-text.js';

export interface OutgoingMessage {
  readonly id: string;
  readonly kind: string;
  readonly channel: 'email' | 'sms' | 'letter';
  readonly language: 'en' | 'cy';
  readonly recipient: string;
  readonly payload: Record<string, unknown>;
}

export interface MessageTransport {
  readonly name: string;
  send(message: OutgoingMessage): Promise<void>;
}

export class LogTransport implements MessageTransport {
  readonly name = 'log';
  readonly sent: (OutgoingMessage & { text: string })[] = [];
  constructor(private readonly log?: (line: Record<string, unknown>) => void) {}

  async send(message: OutgoingMessage): Promise<void> {
    this.sent.push({
      ...message,
      text: messageText(message.kind, message.language, message.payload),
    });
    this.log?.({
      msg: 'message delivered to the log transport',
      kind: message.kind,
      channel: message.channel,
    });
    await Promise.resolve();
  }
}

/** Notify template ids by `${kind}.${channel}.${language}`, e.g. `request_received.sms.cy`. */
export type NotifyTemplates = Readonly<Record<string, string>>;

export class NotifyTransport implements MessageTransport {
  readonly name = 'notify';
  readonly #client: NotifyClient;

  constructor(
    apiKey: string,
    private readonly templates: NotifyTemplates,
  ) {
    this.#client = new NotifyClient(apiKey);
  }

  async send(message: OutgoingMessage): Promise<void> {
    const templateId = this.templates[`${message.kind}.${message.channel}.${message.language}`];
    if (!templateId)
      throw new Error(
        `No Notify template for ${message.kind}.${message.channel}.${message.language}`,
      );
    const personalisation = {
      ...Object.fromEntries(Object.entries(message.payload).map(([k, v]) => [k, String(v)])),
      text: messageText(message.kind, message.language, message.payload),
    };
    const options = { personalisation, reference: message.id };
    switch (message.channel) {
      case 'email':
        await this.#client.sendEmail(templateId, message.recipient, options);
        return;
      case 'sms':
        await this.#client.sendSms(templateId, message.recipient, options);
        return;
      case 'letter':
        throw new Error('Letters are not sent through Notify by Everyday yet');
    }
  }
}
