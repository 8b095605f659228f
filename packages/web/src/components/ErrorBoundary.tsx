import type { ReactNode } from 'react';
import { Component } from 'react';
import { ServiceErrorPage } from '../pages/ServiceErrorPage.js';

interface ErrorBoundaryState {
  failed: boolean;
}

/** Shows "Sorry, there is a problem with the service" instead of a page that failed to render. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    return this.state.failed ? <ServiceErrorPage /> : this.props.children;
  }
}
