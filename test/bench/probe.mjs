// Preload for the soak run (`node --import`): measures the service's event-loop delay and
// memory from inside its own process and answers the soak script over the IPC channel.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

process.on('message', (message) => {
  if (message?.type === 'reset') {
    delay.reset();
    global.gc?.();
    const memory = process.memoryUsage();
    process.send?.({ type: 'reset', rss: memory.rss, heapUsed: memory.heapUsed });
  } else if (message?.type === 'stats') {
    global.gc?.();
    const memory = process.memoryUsage();
    process.send?.({
      type: 'stats',
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      delayP99Ms: delay.percentile(99) / 1e6,
      delayMaxMs: delay.max / 1e6,
    });
  }
});
