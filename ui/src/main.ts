import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { api } from './lib/api/client';
import { commitAllHeldBack } from './lib/heldback.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// A delete still waiting for its Undo is carried out before the desktop window closes.
api.beforeClose(commitAllHeldBack);

export default mount(App, { target });
