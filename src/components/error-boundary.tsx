import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Notice } from './notice';

interface Props {
  /** Rendered when a child throws; gets a retry callback. */
  fallback: (retry: () => void, error: Error) => ReactNode;
  children: ReactNode;
  /** Changing this key clears the error (e.g. the route path). */
  resetKey?: string;
}
interface State {
  error: Error | null;
  resetKey?: string;
}

/** Keeps a failing section from blanking the whole app. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Beredt: a section failed to render', error, info.componentStack);
  }

  render() {
    if (this.state.error) return this.props.fallback(() => this.setState({ error: null }), this.state.error);
    return this.props.children;
  }
}

export { Notice };
