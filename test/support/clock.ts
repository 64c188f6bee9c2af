/** A clock tests move by hand; nothing in Tend reads the wall clock directly. */
export class FakeClock {
  private ms: number;

  constructor(start: string | Date = '2026-11-22T09:00:00Z') {
    this.ms = new Date(start).getTime();
  }

  now = (): Date => new Date(this.ms);

  set(at: string | Date): void {
    this.ms = new Date(at).getTime();
  }

  advance(ms: number): void {
    this.ms += ms;
  }
}
