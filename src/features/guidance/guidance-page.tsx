/**
 * The guidance section (/guidance, lazy-loaded): topics and search, one article, the urgent
 * "What do I do now?" cards, the siren trainer and "About the content".
 */
import { Route, Switch } from 'wouter';
import { AboutContent } from './components/about-content';
import { ArticleList } from './components/article-list';
import { ArticleView } from './components/article-view';
import { NowView } from './components/now-view';
import { SirenTrainer } from './components/siren-trainer';
import './guidance.css';

export default function GuidancePage() {
  return (
    <Switch>
      <Route path="/" component={ArticleList} />
      <Route path="/now" component={NowView} />
      <Route path="/siren" component={SirenTrainer} />
      <Route path="/about" component={AboutContent} />
      <Route path="/:id">{(params) => <ArticleView key={params.id} id={params.id} />}</Route>
    </Switch>
  );
}
