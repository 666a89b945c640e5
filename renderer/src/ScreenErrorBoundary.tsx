import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TriangleAlert } from 'lucide-react';
import { EmptyState } from '../components/EmptyState';

interface Props {
  children: ReactNode;
  /** Changing it (the route) clears the error, so leaving the broken screen works. */
  resetKey: string;
}

interface State {
  error: Error | null;
  resetKey: string;
}

/**
 * A failing screen shows what went wrong inside the shell instead of blanking the window; the rail
 * stays usable and nothing stored is touched.
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed:', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <ScreenError error={this.state.error} /> : this.props.children;
  }
}

function ScreenError({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<TriangleAlert size={28} />}
      title={t('screenError.title')}
      body={
        <>
          {t('screenError.body')}
          <code className="path">{error.message}</code>
        </>
      }
      action={
        <button type="button" className="btn btn-secondary" onClick={() => window.location.reload()}>
          {t('screenError.reload')}
        </button>
      }
      testId="screen-error"
    />
  );
}
