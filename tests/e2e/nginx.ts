/**
 * Runs Debian's nginx with deploy/nginx/beredt.conf on a loopback port, for the browser test
 * that proves the shipped static-host configuration.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort, type Served } from './harness';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

async function waitForPort(url: string, child: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${await readFile(log, 'utf8').catch(() => '')}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('nginx did not start');
}

export async function serveWithNginx(dist = 'dist', port?: number): Promise<Served> {
  const listen = port ?? (await freePort());
  const prefix = await mkdtemp('/tmp/beredt-nginx-');
  await mkdir(path.join(prefix, 'conf', 'beredt'), { recursive: true });
  await mkdir(path.join(prefix, 'tmp'), { recursive: true });
  await copyFile('deploy/nginx/security-headers.conf', path.join(prefix, 'conf', 'beredt', 'security-headers.conf'));
  const site = (await readFile('deploy/nginx/beredt.conf', 'utf8'))
    .replace(/listen 80;/, `listen 127.0.0.1:${listen};`)
    .replace(/root \/var\/www\/beredt;/, `root ${path.resolve(dist)};`);
  await writeFile(path.join(prefix, 'conf', 'beredt.conf'), site);
  const tmp = path.join(prefix, 'tmp');
  await writeFile(
    path.join(prefix, 'conf', 'nginx.conf'),
    `worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${tmp}/body;
  proxy_temp_path ${tmp}/proxy;
  fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi;
  scgi_temp_path ${tmp}/scgi;
  include beredt.conf;
}
`,
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', 'conf/nginx.conf'], { stdio: 'ignore' });
  const url = `http://localhost:${listen}`;
  await waitForPort(`http://127.0.0.1:${listen}/`, child, path.join(prefix, 'error.log'));
  return {
    url,
    port: listen,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
