// The vanilla-DOM floor; it builds the current markup, so it uses the current stylesheet.
import '@skill-ladder/react/styles.css';
import { installBench } from './harness';
import { renderVanillaLadder } from './vanilla-ladder';

installBench({
  mount: (stage, ladder) => renderVanillaLadder(stage, ladder),
  unmount: (stage) => stage.replaceChildren(),
});
