import { Component, useEffect, type ReactNode } from 'react';
import { useWorkbenchState } from '../../app/workbench-context';
import type { Workbench } from '../../state/workbench';
import { SafeStart } from './SafeStart';
import type { FailedStart, StartGuard } from './start-guard';

interface Props {
  workbench: Workbench;
  guard: StartGuard;
  children: ReactNode;
}

interface State {
  failure: FailedStart | null;
}

/**
 * Catches any error while rendering the workbench (a project whose data crashes a pane) and
 * shows the safe start screen instead of a blank window. The failure is remembered, so a reload
 * or restart opens the safe screen again rather than the crashing project; the user's choice
 * there clears it.
 */
export class WorkbenchBoundary extends Component<Props, State> {
  constructor(props: Props) {
    super(props);
    this.state = { failure: props.guard.failedStart() };
  }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failure: { projectId: null, projectName: '', message: messageOf(error), at: '' } };
  }

  override componentDidCatch(error: unknown): void {
    const { projectId, projects } = this.props.workbench.state;
    const failure: FailedStart = {
      projectId,
      projectName: projects.find((p) => p.id === projectId)?.name ?? '',
      message: messageOf(error),
      at: new Date().toISOString(),
    };
    this.props.guard.recordFailure(failure);
    this.setState({ failure });
  }

  private readonly leave = () => {
    this.props.guard.clear();
    this.setState({ failure: null });
  };

  override render(): ReactNode {
    if (this.state.failure) return <SafeStart failure={this.state.failure} onLeave={this.leave} />;
    return (
      <>
        {this.props.children}
        <StartFinished guard={this.props.guard} />
      </>
    );
  }
}

/** Rendered after the workbench: once it has committed with its project, the start finished. */
function StartFinished(props: { guard: StartGuard }) {
  const ready = useWorkbenchState((s) => s.ready);
  const projectId = useWorkbenchState((s) => s.projectId);
  useEffect(() => {
    if (ready) props.guard.started();
  }, [ready, projectId, props.guard]);
  return null;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
