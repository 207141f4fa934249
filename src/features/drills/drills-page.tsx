/**
 * The drills section (/drills): start screen, set-up, a running drill, and reports. Nested
 * routes are relative to /drills. Lazy-loaded by the router, with its own stylesheet.
 */
import { Route, Switch } from 'wouter';
import { DrillsHome } from './components/drills-home';
import { ReportView } from './components/report-view';
import { RunView } from './components/run-view';
import { SetupView } from './components/setup-view';
import './drills.css';

export default function DrillsPage() {
  return (
    <Switch>
      <Route path="/setup" component={SetupView} />
      <Route path="/run/:id">{(p) => <RunView key={p.id} id={p.id} />}</Route>
      <Route path="/report/:id">{(p) => <ReportView key={p.id} id={p.id} />}</Route>
      <Route component={DrillsHome} />
    </Switch>
  );
}
