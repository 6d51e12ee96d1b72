import 'server-only';
import http from 'node:http';
import { PEER_HEADER } from './client';

/**
 * Writes the connection's address into every request's PEER_HEADER, before Next sees the request,
 * overwriting whatever a client sent under that name. Next does not hand route handlers the
 * socket, and keeps a client's own X-Forwarded-For instead of the real address, so this is the one
 * address a client cannot choose (lib/server/client.ts). Installed once, at start-up (instrumentation.ts).
 */
export function stampPeerAddress(): void {
  const server = http.Server.prototype as http.Server & { [STAMPED]?: true };
  if (server[STAMPED]) return;
  const emit = server.emit;
  server.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? '';
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof server.emit;
  server[STAMPED] = true;
}

const STAMPED = Symbol.for('newsquiz.peer-address');
