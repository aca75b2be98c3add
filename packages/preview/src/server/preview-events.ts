import type { ServerResponse } from 'node:http';

/** Server-sent events to every open shell: course status after each reload, news of statements. */
export interface PreviewEvents {
  /** Adds an EventSource response; `first` is sent to it at once. */
  attach(res: ServerResponse, first: { event: string; data: unknown }): void;
  send(event: string, data: unknown): void;
  close(): void;
}

export function createPreviewEvents(): PreviewEvents {
  const clients = new Set<ServerResponse>();
  const write = (res: ServerResponse, event: string, data: unknown) =>
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  return {
    attach(res, first) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      clients.add(res);
      res.on('close', () => clients.delete(res));
      write(res, first.event, first.data);
    },
    send(event, data) {
      for (const res of clients) write(res, event, data);
    },
    close() {
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}
