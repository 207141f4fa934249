/**
 * Plays a siren signal with the Web Audio API: an oscillator whose frequency follows the
 * envelope from domain/siren-signal.ts. No audio files, nothing fetched.
 */
import type { SirenSignal } from '../domain/siren-signal';

type AudioContextCtor = typeof AudioContext;

function audioContextClass(): AudioContextCtor | undefined {
  const w = globalThis as unknown as { AudioContext?: AudioContextCtor; webkitAudioContext?: AudioContextCtor };
  return w.AudioContext ?? w.webkitAudioContext;
}

export function canPlayAudio(): boolean {
  return audioContextClass() !== undefined;
}

const VOLUME = 0.25;
const FADE = 0.08;

export class SirenPlayer {
  private ctx: AudioContext | undefined;
  private osc: OscillatorNode | undefined;
  private gain: GainNode | undefined;

  /** Starts the signal; `onEnded` runs when it finishes or is stopped. */
  async play(signal: SirenSignal, onEnded: () => void): Promise<void> {
    this.stop();
    const Ctor = audioContextClass();
    if (!Ctor) throw new Error('Web Audio is not available');
    const ctx = (this.ctx ??= new Ctor());
    if (ctx.state === 'suspended') await ctx.resume();
    const start = ctx.currentTime + 0.05;
    const end = start + signal.duration;

    const osc = ctx.createOscillator();
    osc.type = 'sawtooth';
    // A low-pass filter softens the sawtooth into something close to a mechanical siren.
    const filter = ctx.createBiquadFilter();
    filter.type = 'lowpass';
    filter.frequency.value = 1400;
    const gain = ctx.createGain();
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(VOLUME, start + FADE);
    gain.gain.setValueAtTime(VOLUME, end - FADE);
    gain.gain.linearRampToValueAtTime(0, end);

    const [first, ...rest] = signal.points;
    osc.frequency.setValueAtTime(first!.hz, start + first!.t);
    for (const p of rest) osc.frequency.linearRampToValueAtTime(p.hz, start + p.t);

    osc.connect(filter).connect(gain).connect(ctx.destination);
    osc.onended = () => {
      if (this.osc === osc) {
        this.osc = undefined;
        this.gain = undefined;
      }
      osc.disconnect();
      onEnded();
    };
    osc.start(start);
    osc.stop(end);
    this.osc = osc;
    this.gain = gain;
  }

  /** Stops at once (with a very short fade so it does not click). */
  stop(): void {
    const { ctx, osc, gain } = this;
    if (!ctx || !osc || !gain) return;
    const now = ctx.currentTime;
    gain.gain.cancelScheduledValues(now);
    gain.gain.setValueAtTime(gain.gain.value, now);
    gain.gain.linearRampToValueAtTime(0, now + 0.03);
    osc.stop(now + 0.04);
  }

  /** Releases the audio device (when leaving the page). */
  close(): void {
    this.stop();
    void this.ctx?.close().catch(() => undefined);
    this.ctx = undefined;
  }
}
