import net from 'node:net';

/**
 * Resolves when `port` can be bound on all interfaces (the way the Agents Playground binds it), and releases it
 * again before resolving. Rejects with an Error naming the port and `envVar` when it is taken (EADDRINUSE /
 * EACCES); other listen errors are rethrown unchanged. A check, not a reservation: another process may still
 * take the port afterwards.
 */
export async function assertPortFree(port: number, envVar: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        reject(new Error(`Port ${port} is already in use (or not permitted); set ${envVar} to a free port.`));
      } else reject(error);
    });
    probe.listen({ port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
