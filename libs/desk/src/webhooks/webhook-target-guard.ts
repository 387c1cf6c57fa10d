import { Inject, Injectable } from '@nestjs/common';
import { lookup as dnsLookup, type LookupAddress } from 'dns';
import { isIP, type LookupFunction } from 'net';
import { APP_CONFIG, type AppConfig, DomainError } from '@factdesk/platform';
import { isPrivateAddress, urlProblem } from './target-address';

export class RefusedTarget extends Error {
  override name = 'RefusedTarget';
}

const refusal = (host: string, address: string) =>
  `${host} resolves to ${address}, a private, loopback or link-local address (set WEBHOOK_ALLOW_PRIVATE=true to allow)`;

/**
 * Keeps webhooks away from the desk's own network (SSRF): checked when an endpoint is saved, and again on every
 * attempt by the lookup the HTTP request connects through, so a name that later resolves elsewhere (DNS rebinding)
 * is refused at the moment of connecting, on the very address connected to.
 */
@Injectable()
export class WebhookTargetGuard {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** For create and update: a 400 naming `url` unless the URL is http(s) and every address it resolves to allowed. */
  async assertAllowed(text: string): Promise<void> {
    const url = URL.canParse(text) ? new URL(text) : null;
    if (!url) throw invalidUrl('not a URL');
    const problem = urlProblem(url);
    if (problem) throw invalidUrl(problem.reason);
    if (this.config.WEBHOOK_ALLOW_PRIVATE) return;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [host] : await resolveAll(host).catch(() => null);
    if (!addresses || addresses.length === 0) throw invalidUrl(`${host} does not resolve`);
    const refused = addresses.find(isPrivateAddress);
    if (refused) throw invalidUrl(refusal(host, refused));
  }

  /** The refusal for an IP-literal host, which never goes through `lookup`; null when allowed. */
  literalRefusal(url: URL): string | null {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (this.config.WEBHOOK_ALLOW_PRIVATE || !isIP(host) || !isPrivateAddress(host)) return null;
    return refusal(host, host);
  }

  /** A `net` lookup that fails with RefusedTarget when any address of the name is not allowed. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = this.config.WEBHOOK_ALLOW_PRIVATE
        ? undefined
        : addresses.find((entry) => isPrivateAddress(entry.address));
      if (refused) return callback(new RefusedTarget(refusal(hostname, refused.address)), '', 0);
      if (options.all) return (callback as (err: null, all: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

const resolveAll = (host: string) =>
  new Promise<string[]>((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses.map((entry) => entry.address)),
    ),
  );

const invalidUrl = (reason: string) =>
  new DomainError('invalid_input', `url refused: ${reason}`, [{ field: 'url', errors: [reason] }]);
