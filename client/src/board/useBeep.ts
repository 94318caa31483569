import { useCallback, useEffect, useRef } from 'react';

/** The countdown's end: a short, soft tone, made on the spot (no sound file to download). */
const BEEP_HZ = 880;
const BEEP_SECONDS = 0.35;
const BEEP_VOLUME = 0.25;

/**
 * A function that plays the beep. The audio context is made on first use and closed with the component.
 * Browsers only let a page play sound once the person has interacted with it; before that the beep is silent,
 * and the countdown's spoken and visible "Time is up" still tell them.
 */
export function useBeep(): () => void {
  const context = useRef<AudioContext | null>(null);

  useEffect(
    () => () => {
      void context.current?.close().catch(() => undefined);
      context.current = null;
    },
    [],
  );

  return useCallback(() => {
    try {
      context.current ??= new AudioContext();
      const audio = context.current;
      void audio.resume().catch(() => undefined);
      const start = audio.currentTime;
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = BEEP_HZ;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(BEEP_VOLUME, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + BEEP_SECONDS);
      tone.connect(gain).connect(audio.destination);
      tone.start(start);
      tone.stop(start + BEEP_SECONDS);
    } catch {
      // No Web Audio here: the visible and spoken end still stand.
    }
  }, []);
}
