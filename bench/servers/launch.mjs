// Starts a server as a child process, waits until its port accepts connections, stops it.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import { cpuSeconds, memory } from './procStats.mjs';

export const HOST = '127.0.0.1';

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Spawns `node <args>` with `env`, output appended to `<dataDir>/server-<n>.log`, and resolves
 * once `port` accepts TCP connections (at most `timeoutMs`).
 */
export async function launch({ args, env, dataDir, port, logName, timeoutMs = 30_000 }) {
  const logFile = join(dataDir, logName);
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (!(await canConnect(port))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      const log = readFileSync(logFile, 'utf8').slice(-2000);
      throw new Error(`server ${args.join(' ')} did not listen on ${port}:\n${log}`);
    }
    await sleep(50);
  }
  return {
    pid: child.pid,
    cpuSeconds: () => cpuSeconds(child.pid),
    memory: () => memory(child.pid),
    /** SIGTERM (graceful), SIGKILL after `graceMs`; resolves when the process has exited. */
    stop(graceMs = 15_000) {
      if (exited) return Promise.resolve();
      return new Promise((resolve) => {
        const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', () => {
          clearTimeout(killer);
          resolve();
        });
        child.kill('SIGTERM');
      });
    },
  };
}
