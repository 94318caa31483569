import { Component, type ReactNode } from 'react';

/**
 * [WALLV5] Catches a wall that fails to load (its chunk never arrives, tldraw throws while starting) so the page
 * shows `fallback` — the explanation and the plain board view — and nothing else breaks.
 */
export class WallErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
