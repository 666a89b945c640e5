// Entry of the Electron main process (built to out/main by electron-vite).
import { startApp } from './startApp';

startApp();
