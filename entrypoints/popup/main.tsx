import { render } from 'preact';
render(<p>Source Lens</p>, document.getElementById('app')!);
