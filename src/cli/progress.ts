import { SingleBar } from "cli-progress";

/**
 * A progress bar on stderr, only when stderr is a terminal and the input is large: scripts
 * and CI logs (stderr redirected) never see it, and stdout stays clean for --json.
 */
export class Progress {
  private bar?: SingleBar;
  private phase = "";

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    large: boolean,
  ) {
    this.enabled = large && Boolean(stream.isTTY);
  }

  readonly enabled: boolean;

  start(phase: string, total: number): void {
    if (!this.enabled) return;
    this.phase = phase;
    if (!this.bar) {
      this.bar = new SingleBar({ stream: this.stream, format: "{phase} [{bar}] {percentage}% ({value}/{total})", hideCursor: true, clearOnComplete: true });
      this.bar.start(total, 0, { phase });
    } else {
      this.bar.setTotal(total);
      this.bar.update(0, { phase });
    }
  }

  bytes(read: number): void {
    if (this.bar && this.phase === "reading") this.bar.update(read);
  }

  rows(done: number, total: number): void {
    if (!this.enabled || total < 10000) return;
    if (this.phase !== "checking rows") this.start("checking rows", total);
    this.bar?.setTotal(total);
    this.bar?.update(done);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}
