import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Security headers (helmet) with a strict Content-Security-Policy: only this origin's scripts,
 * styles, images, fonts and connections (including the collaboration websocket); no inline scripts,
 * no eval, no framing. `style-src-attr 'unsafe-inline'` is the one allowance: the editor
 * (ProseMirror, collaboration carets) sets `style` attributes on elements it renders.
 */
export function securityHeaders(publicUrl: string | null): RequestHandler {
  const https = publicUrl?.startsWith('https:') === true;
  const socketOrigin = publicUrl === null ? [] : [publicUrl.replace(/^http/, 'ws')];
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...socketOrigin],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
}
