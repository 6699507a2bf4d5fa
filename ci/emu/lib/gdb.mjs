// GDB remote debugging of one emulated Pico: rp2040js's GDB protocol handler (GDBServer, GDBConnection)
// over a TCP port, driving the harness's own Machine instead of rp2040js's Simulator.
//
// Design notes
// - Why not rp2040js's GDBTCPServer + Simulator: the Simulator runs its own loop at a fixed 125 MHz
//   with none of the harness's time keeping (clock changes, sleeping), exit convention or strictness.
//   Here the Machine runs exactly as under run.mjs, in slices; GDBServer only sees a target with
//   execute()/stop()/executing, which is all its interface (IGDBTarget) asks for.
// - Starting. The core is halted at boot2's entry until gdb connects and says continue, so a
//   breakpoint on main is set before any code runs.
// - Breakpoints. gdb writes its own breakpoint instruction (bkpt 0xbe, or udf #1 / udf.w when it
//   assumes a Linux target) into flash through the memory packets and takes it out again when stopped; any
//   bkpt or udf other than rtgo's exit (bkpt #0) stops the core with the pc wound back onto it and a
//   SIGTRAP stop reply. bkpt #0 is the program's exit: gdb is told the
//   process exited with that status ("W" reply) and the harness ends.
// - Limits. --max-cycles still holds; there is no wall-clock timeout while debugging (a person is
//   thinking). A stop for any other reason (an emulator warning, the cycle limit, the core sleeping
//   for ever) is printed on stderr and reported to gdb as SIGTRAP, and the run cannot be continued.

import { createServer } from 'node:net';
import { GDBConnection, GDBServer } from 'rp2040js';
import { Outcome } from './machine.mjs';

const SLICE_INSTRUCTIONS = 50_000; // a few ms: gdb's Ctrl-C and packets are served between slices

function packet(text) {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) & 0xff;
  return `$${text}#${sum.toString(16).padStart(2, '0')}`;
}

/**
 * Serves gdb on `port` until the program exits or gdb disconnects; resolves with the Machine's
 * result (outcome null when gdb left before the program ended). `log` receives one-line notes.
 */
export function serveGdb(machine, port, log, flushUart) {
  return new Promise((resolve, reject) => {
    const rp = machine.rp2040;
    const sockets = new Set();
    let running = false;
    let finished = false;

    const target = {
      rp2040: rp,
      get executing() {
        return running;
      },
      execute() {
        if (running || finished) return;
        running = true;
        setImmediate(loop);
      },
      stop() {
        running = false;
      },
    };
    const server = new GDBServer(target);
    server.logger = { debug() {}, info() {}, warn: (_, m) => log(`gdb server: ${m}`), error: (_, m) => log(`gdb server: ${m}`) };

    const send = (text) => {
      for (const s of sockets) s.write(packet(text));
    };

    function end() {
      if (finished) return;
      finished = true;
      running = false;
      for (const s of sockets) s.end();
      tcp.close();
      resolve(machine.finish());
    }

    function loop() {
      if (!running) return;
      machine.runSlice(SLICE_INSTRUCTIONS);
      flushUart();
      if (machine.outcome === Outcome.BREAKPOINT) {
        // gdb's breakpoint (or any bkpt but #0): stop on it, so it can be stepped over
        rp.core.PC = machine.pc;
        machine.outcome = null;
        machine.breakpoint = -1;
        running = false;
        send('S05');
        return;
      }
      if (machine.outcome === Outcome.EXITED) {
        running = false;
        log(`the program exited with status ${machine.exitStatus}`);
        send(`W${(machine.exitStatus & 0xff).toString(16).padStart(2, '0')}`);
        setTimeout(end, 100);
        return;
      }
      if (machine.outcome !== null) {
        running = false;
        log(`stopped: ${machine.outcome}: ${machine.message}`);
        send('S05');
        return;
      }
      setImmediate(loop);
    }

    const tcp = createServer((socket) => {
      sockets.add(socket);
      socket.setNoDelay(true);
      log('gdb connected');
      const connection = new GDBConnection(server, (data) => socket.write(data));
      // GDBServer.addConnection installed its own handler: bkpt #0 is the exit (the Machine's rule);
      // anything else, gdb's breakpoint instruction included (bkpt, or udf #1 under a Linux osabi), stops
      rp.onBreak = (code) => {
        // the Machine notes each instruction's address before running it: the breakpoint's address,
        // for 16-bit bkpt/udf and gdb's 32-bit udf.w alike
        const pc = machine.pc;
        if (code === 0 && rp.readUint16(pc) >> 8 === 0xbe) {
          machine.onBreak(code);
        } else {
          machine.stop(Outcome.BREAKPOINT, `breakpoint at 0x${pc.toString(16)}`);
        }
      };
      socket.on('data', (data) => connection.feedData(data.toString('latin1')));
      socket.on('error', () => {});
      socket.on('close', () => {
        server.removeConnection(connection);
        sockets.delete(socket);
        log('gdb disconnected');
        if (sockets.size === 0) end();
      });
    });
    tcp.on('error', (e) => reject(new Error(`cannot serve gdb on port ${port}: ${e.message}`)));
    tcp.listen(port, '127.0.0.1', () => log(`waiting for gdb on port ${port}`));
  });
}
