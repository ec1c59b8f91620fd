import { render } from 'preact';
render(<p>Library</p>, document.getElementById('app')!);
