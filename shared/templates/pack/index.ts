export * from './packFormat';
export * from './readPack';
export * from './planPackImport';
export * from './packSignature';
