import type { Server } from 'node:http';
export function createServer(opts: { dir: string; port: number; host?: string }): Promise<Server>;
