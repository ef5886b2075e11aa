/**
 * A proxy on 127.0.0.1 that forwards nothing: the browsers are told to send every request that is
 * not to the loopback test server through it, and it only writes down where each one was going.
 * This sees what no page-level event sees: requests from the extension's background (Firefox's
 * background page, Chrome's service worker), from other extension pages, and from the browser.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface CountingProxy {
  port: number;
  /** Every request that reached the proxy, as "METHOD target", in arrival order. */
  seen(): string[];
  close(): Promise<void>;
}

export async function startCountingProxy(): Promise<CountingProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    // A proxied plain-HTTP request names its full URL; answer it without going anywhere.
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502, { connection: 'close' }).end();
  });
  // HTTPS and WebSocket-over-TLS arrive as CONNECT host:port; refuse the tunnel.
  server.on('connect', (req, socket: Socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    seen: () => [...seen],
    close: () =>
      new Promise((ok) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => ok());
      }),
  };
}
