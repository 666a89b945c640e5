export * from './term';
export * from './document';
export * from './deal';
export * from './template';
export * from './numbering';
export * from './operations';
export * from './review';
export * from './signingKey';
