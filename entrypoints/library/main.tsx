import { render } from 'preact';
import { App } from './App';
import { t, uiLanguage } from '@/lib/i18n';
import './style.css';

document.documentElement.lang = uiLanguage();
document.title = t('libraryTitle');
render(<App />, document.getElementById('app')!);
